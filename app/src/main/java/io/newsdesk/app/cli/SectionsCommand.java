package io.newsdesk.app.cli;

import io.newsdesk.app.content.Slugs;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.SectionStore;
import io.newsdesk.app.store.Stores;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The site's sections from the command line: list, add, rename, remove (an empty one). */
@Command(name = "sections", mixinStandardHelpOptions = true, description = "Manage the site's sections.",
        subcommands = {SectionsCommand.List.class, SectionsCommand.Add.class, SectionsCommand.Rename.class, SectionsCommand.Remove.class})
final class SectionsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Opens the site's database, runs the action, and turns a refusal into one line and exit status 1. */
    abstract static class SectionAction implements Callable<Integer> {
        @Mixin
        DataOption data = new DataOption();
        @Mixin
        DatabaseOption database = new DatabaseOption();
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract String run(SectionStore sections);

        @Override
        public Integer call() {
            try (Database db = database.open(data.resolve())) {
                spec.commandLine().getOut().println(run(Stores.over(db.jdbi()).sections()));
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("sections: " + e.getMessage());
                return 1;
            } finally {
                spec.commandLine().getOut().flush();
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the sections (slug, name).")
    static final class List extends SectionAction {
        @Override
        String run(SectionStore sections) {
            StringBuilder out = new StringBuilder();
            for (Section s : sections.all()) out.append(s.slug()).append('\t').append(s.name()).append('\n');
            return out.isEmpty() ? "no sections yet (imports create 'news' on first use)" : out.toString().stripTrailing();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a section.")
    static final class Add extends SectionAction {
        @Parameters(paramLabel = "NAME", description = "The name readers see, e.g. \"Local News\".")
        String name;
        @Option(names = "--slug", description = "Its address (/section/SLUG). Default: made from the name.")
        String slug;

        @Override
        String run(SectionStore sections) {
            String clean = SectionStore.checkedName(name);
            String s = SectionStore.checkedSlug(slug != null ? slug : Slugs.of(clean));
            if (sections.bySlug(s).isPresent()) throw new IllegalArgumentException("a section '" + s + "' exists already");
            sections.create(s, clean, null, sections.all().size());
            return "added " + s + " (" + clean + ") at " + SitePaths.section(s);
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Give a section another name (its address stays).")
    static final class Rename extends SectionAction {
        @Parameters(index = "0", paramLabel = "SLUG")
        String slug;
        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Override
        String run(SectionStore sections) {
            String clean = SectionStore.checkedName(name);
            if (!sections.rename(slug, clean)) throw new IllegalArgumentException("no section '" + slug + "'");
            return "renamed " + slug + " to " + clean;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a section that holds no articles.")
    static final class Remove extends SectionAction {
        @Parameters(paramLabel = "SLUG")
        String slug;

        @Override
        String run(SectionStore sections) {
            sections.remove(slug);
            return "removed " + slug;
        }
    }
}
