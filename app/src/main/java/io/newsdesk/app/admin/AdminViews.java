package io.newsdesk.app.admin;

import io.newsdesk.app.accounts.User;
import io.newsdesk.app.admin.AdminAccess.MenuItem;
import io.newsdesk.app.audit.AuditLog;
import io.newsdesk.app.distribute.telegram.TelegramStatus;
import io.newsdesk.app.ingest.pipeline.IngestStatus;
import io.newsdesk.app.ingest.sources.SourceAdding;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.site.view.Views.Chrome;
import io.newsdesk.app.store.ClientBlockStore;
import io.newsdesk.app.site.view.Views.Meta;
import java.time.Instant;
import java.util.List;

/** The models of the admin pages (they wear the reader site's chrome; the reader site knows nothing of them). */
public final class AdminViews {
    private AdminViews() {}

    /** Every logged-in page's menu (per role), its user, and the session's form token for "Log out". */
    public record AdminNav(String userName, String role, List<MenuItem> items, String token) {}

    public record LoginView(Chrome chrome, Meta meta, String token, String error, boolean anyUser, String name, String next) {}

    /** The first-run page (setup) and the invitation page: choose a name and password (setup: the site too). */
    public record JoinView(Chrome chrome, Meta meta, boolean setup, String role, String link, String formToken, String error,
                           String name, String siteName, String siteLanguage, String baseUrl, String sections) {}

    /** @param lastErrors the latest failures of the import (empty for a role that does not see its status) */
    public record DashboardView(Chrome chrome, Meta meta, AdminNav nav, List<DashboardCount> counts, String notice,
                                List<LastErrors.Failure> lastErrors) {}

    /**
     * One number of the dashboard, linked to the page that deals with it when the user may open that page.
     *
     * @param value as shown: a count that stops at its cap says so ({@code store.BoundedCount})
     */
    public record DashboardCount(String label, String value, String path, boolean warn) {}

    public record UserRow(User user, boolean locked, boolean self) {}

    public record UsersView(Chrome chrome, Meta meta, AdminNav nav, List<UserRow> users, List<String> roles, String inviteLink,
                            String inviteRole, String notice, String error) {}

    public record SectionRow(Section section, int articles) {}

    /** /admin/sources: every source with its health, the sections a new one may go to, what was typed when refused. */
    public record SourcesView(Chrome chrome, Meta meta, AdminNav nav, IngestStatus status, List<Section> sections,
                              String notice, String error, String url, SourceAdding.Preview preview, String section,
                              String policy) {}

    public record SectionsView(Chrome chrome, Meta meta, AdminNav nav, List<SectionRow> sections, String notice, String error) {}

    public record AccountView(Chrome chrome, Meta meta, AdminNav nav, String notice, String error) {}

    public record AuditView(Chrome chrome, Meta meta, AdminNav nav, List<AuditLog.Entry> entries, List<String> actions,
                            String user, String action, String from, String to, String error) {}

    /** A comment on the moderation page; {@code clientKnown}: its writer's client was recorded (so it can be blocked). */
    public record PendingComment(String id, String articleTitle, String articleUrl, String authorName, String authorEmail,
                                 String html, Instant createdAt, boolean reply, boolean clientKnown, boolean clientBlocked) {}

    public record ReviewItem(String id, String originalTitle, String languageName, String state, List<String> reasons,
                             String originalUrl, Instant updatedAt) {}

    public record ReviewListView(Chrome chrome, Meta meta, AdminNav nav, List<ReviewItem> items, String notice) {}

    /** One segment on the review page: the original as text and the proposed translation to edit. */
    public record ReviewRow(int index, String label, String source, String proposed, String suggestion) {}

    /**
     * {@code engines}: the configured engines that can translate its pair (for "retry with"; none: say so); {@code notice}
     * after a retry.
     */
    public record ReviewView(Chrome chrome, Meta meta, AdminNav nav, String id, String languageName, String state, List<String> reasons,
                             String engine, List<ReviewRow> rows, String error, List<String> engines, String notice) {}

    public record StatusView(Chrome chrome, Meta meta, AdminNav nav, IngestStatus status, TelegramStatus telegram) {}

    /** /admin/comments: {@code spam} shows the comments marked as spam instead of those waiting. */
    public record ModerationView(Chrome chrome, Meta meta, AdminNav nav, List<PendingComment> pending, String notice,
                                 boolean spam, long waiting, long spamCount, long blocks, String error) {}

    /** /admin/comments/blocks: the blocked clients, known only by a keyed hash of their address. */
    public record BlocksView(Chrome chrome, Meta meta, AdminNav nav, List<ClientBlockStore.Block> blocks, String notice) {}

    /** One article on /admin/home: pinned as lead, {@code placement} featured, hidden or null. */
    public record HomeArticleRow(String id, String title, String url, String sectionName, Instant publishedAt, boolean lead,
                                 String placement) {}

    /** /admin/home: the lead the home page shows now (pinned or automatic), the section blocks in order, the articles. */
    public record HomePageView(Chrome chrome, Meta meta, AdminNav nav, HomeArticleRow lead, boolean pinned, List<Section> sections,
                               List<HomeArticleRow> articles, String notice, String error) {}

    static Meta meta(String title) {
        return new Meta(title + " | Newsdesk admin", "", "", "website", null, null, null, null, null, true);
    }
}
