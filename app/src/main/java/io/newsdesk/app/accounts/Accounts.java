package io.newsdesk.app.accounts;

import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.audit.AuditLog.Actor;
import io.newsdesk.app.store.AdminSessionStore;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Everything that changes an account, each change checked and written to the audit log: create (from an invitation,
 * the setup link or the command line), log in (upgrading an old hash), change the password, disable, end sessions.
 * A refusal is an {@link IllegalArgumentException} whose message can be shown as it is.
 */
public final class Accounts {
    /** A hash of nothing anyone types: an unknown name costs a login as much time as a wrong password. */
    private static final String DUMMY_HASH = PasswordHash.hash("not a password of anyone".toCharArray());

    public enum LoginResult { OK, WRONG, DISABLED }

    public record Login(LoginResult result, User user) {}

    private final UserStore users;
    private final Invites invites;
    private final AdminSessionStore sessions;
    private final AuditLog audit;
    private final Clock clock;

    public Accounts(Jdbi jdbi, Clock clock) {
        this(new UserStore(jdbi), new Invites(jdbi), new AdminSessionStore(jdbi), new AuditLog(jdbi, clock), clock);
    }

    public Accounts(UserStore users, Invites invites, AdminSessionStore sessions, AuditLog audit, Clock clock) {
        this.users = users;
        this.invites = invites;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public UserStore users() {
        return users;
    }

    public Invites invites() {
        return invites;
    }

    public AuditLog audit() {
        return audit;
    }

    /** A user name: 2 to 60 letters, digits, spaces, dots, hyphens or underscores. */
    public static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.length() < 2 || n.length() > 60 || !n.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*")) {
            throw new IllegalArgumentException("A user name needs 2 to 60 letters or digits (spaces, dots, hyphens and underscores between them).");
        }
        return n;
    }

    private static void checkPassword(char[] password, char[] repeated, String name) {
        if (repeated != null && !Arrays.equals(password, repeated)) throw new IllegalArgumentException("The two passwords differ.");
        PasswordRules.problem(password, name).ifPresent(p -> { throw new IllegalArgumentException(p); });
    }

    /** Creates a user directly (the command line, tests); {@code by} is who did it. */
    public User create(String name, Role role, char[] password, Actor by) {
        String n = checkedName(name);
        checkPassword(password, null, n);
        User u = users.create(n, role, PasswordHash.hash(password), clock.instant())
                .orElseThrow(() -> new IllegalArgumentException("The name " + n + " is taken."));
        audit.record(by, "user.created", n, Map.of(), Map.of("name", n, "role", role.label()));
        return u;
    }

    /** Creates the account an invitation (or the setup link) is for, using up the link. */
    public User accept(String token, String name, char[] password, char[] repeated, String client) {
        Invites.Invite invite = invites.open(token, clock.instant())
                .orElseThrow(() -> new IllegalArgumentException("This link is used, expired or not valid."));
        if (Invites.SETUP.equals(invite.purpose()) && users.count() > 0) {
            throw new IllegalArgumentException("This site is set up already; log in instead.");
        }
        String n = checkedName(name);
        checkPassword(password, repeated, n);
        if (users.byName(n).isPresent()) throw new IllegalArgumentException("The name " + n + " is taken.");
        if (!invites.use(token, null, clock.instant())) throw new IllegalArgumentException("This link is used, expired or not valid.");
        User u = users.create(n, invite.role(), PasswordHash.hash(password), clock.instant())
                .orElseThrow(() -> new IllegalArgumentException("The name " + n + " is taken."));
        audit.record(new Actor(u.id(), u.name(), client), "user.created", n, Map.of(),
                Map.of("name", n, "role", invite.role().label(), "via", invite.purpose()));
        return u;
    }

    /** Checks a login; a right password of an old hash scheme is re-hashed with today's. Audited either way. */
    public Login login(String name, char[] password, String client) {
        Optional<User> user = users.byName(name);
        String stored = user.flatMap(u -> users.passwordHash(u.id())).orElse(DUMMY_HASH);
        boolean right = PasswordHash.matches(password, stored) && user.isPresent();
        String target = name == null ? "" : name.strip();
        if (!right) {
            audit.record(new Actor(user.map(User::id).orElse(null), user.map(User::name).orElse(null), client),
                    "login.failed", target, Map.of(), Map.of("reason", user.isPresent() ? "wrong password" : "unknown user"));
            return new Login(LoginResult.WRONG, null);
        }
        User u = user.get();
        Actor actor = new Actor(u.id(), u.name(), client);
        if (u.disabled()) {
            audit.record(actor, "login.failed", u.name(), Map.of(), Map.of("reason", "disabled"));
            return new Login(LoginResult.DISABLED, u);
        }
        if (PasswordHash.outdated(stored)) {
            users.upgradePasswordHash(u.id(), stored, PasswordHash.hash(password));
            audit.record(actor, "user.password-rehashed", u.name(), Map.of("scheme", scheme(stored)), Map.of("scheme", "argon2id"));
        }
        audit.record(actor, "login.succeeded", u.name(), Map.of(), Map.of());
        return new Login(LoginResult.OK, u);
    }

    private static String scheme(String hash) {
        int end = hash.indexOf('$', 1);
        return hash.substring(hash.startsWith("$") ? 1 : 0, end > 0 ? end : Math.min(hash.length(), 16));
    }

    /** The user's own change: the current password is asked again. Ends every session of the user. */
    public void changePassword(User user, char[] current, char[] password, char[] repeated, Actor by) {
        String stored = users.passwordHash(user.id()).orElseThrow();
        if (!PasswordHash.matches(current, stored)) throw new IllegalArgumentException("The current password is not right.");
        setPassword(user, password, repeated, by);
    }

    /** Sets a new password without the old one (the command line); ends every session of the user. */
    public void setPassword(User user, char[] password, char[] repeated, Actor by) {
        checkPassword(password, repeated, user.name());
        var now = clock.instant();
        users.setPasswordHash(user.id(), PasswordHash.hash(password), now);
        int ended = sessions.endAllOf(user.id());
        audit.record(by, "user.password-changed", user.name(),
                Map.of("password_changed_at", String.valueOf(user.passwordChangedAt())),
                Map.of("password_changed_at", now.toString(), "sessions_ended", ended));
    }

    /** Disables or enables a user; disabling ends their sessions. The last active admin cannot be disabled. */
    public void setDisabled(User user, boolean disabled, Actor by) {
        if (user.disabled() == disabled) return;
        if (disabled && user.role() == Role.ADMIN && users.activeAdmins() <= 1) {
            throw new IllegalArgumentException("The last active admin cannot be disabled.");
        }
        users.setDisabled(user.id(), disabled);
        int ended = disabled ? sessions.endAllOf(user.id()) : 0;
        audit.record(by, disabled ? "user.disabled" : "user.enabled", user.name(), Map.of("disabled", user.disabled()),
                disabled ? Map.of("disabled", true, "sessions_ended", ended) : Map.of("disabled", false));
    }

    /** "Log out everywhere" for one user. */
    public int endSessions(User user, Actor by) {
        int ended = sessions.endAllOf(user.id());
        audit.record(by, "user.sessions-ended", user.name(), Map.of(), Map.of("sessions_ended", ended));
        return ended;
    }

    /** A new invitation link's token for {@code role}. */
    public String invite(Role role, Actor by) {
        String token = invites.invite(role, by.userId(), clock.instant());
        audit.record(by, "user.invited", role.label(), Map.of(),
                Map.of("role", role.label(), "expires_at", clock.instant().plus(Invites.INVITE_LIFETIME).toString()));
        return token;
    }
}
