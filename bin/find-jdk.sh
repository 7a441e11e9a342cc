# Sourced by ./newsdesk and .ci/run: sets JAVA_HOME to a JDK >= 21.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK under /usr/lib/jvm.
newsdesk_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

newsdesk_find_jdk() {
  local need=21 best="" best_version=0 dir version
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    version=$(newsdesk_java_major "$JAVA_HOME")
    if [ "${version:-0}" -ge "$need" ]; then return 0; fi
  fi
  for dir in /usr/lib/jvm/*; do
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    version=$(newsdesk_java_major "$dir")
    if [ "${version:-0}" -ge "$need" ] && [ "$version" -gt "$best_version" ]; then
      best=$dir best_version=$version
    fi
  done
  if [ -z "$best" ]; then
    echo "newsdesk: no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}; looked in /usr/lib/jvm)." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 25, or point JAVA_HOME at it." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
