package io.newsdesk.app.admin;

import io.newsdesk.app.admin.AdminViews.AdminNav;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.site.view.Views.Chrome;
import io.newsdesk.app.site.view.Views.Meta;
import io.newsdesk.app.store.NewsroomArticles;
import io.newsdesk.app.util.WordDiff;
import java.util.List;

/** The models of the admin's article pages ({@link ArticleRoutes}). */
public final class ArticleViews {
    private ArticleViews() {}

    /** The list's filter as typed (kept in the form and the paging links), and the query string of it. */
    public record ListFilter(String q, String status, String section, String outlet, String language, String author, String query) {}

    /** {@code mine}: the user is an author and sees only the articles they created. */
    public record ArticlesView(Chrome chrome, Meta meta, AdminNav nav, NewsroomArticles.Page page, ListFilter filter,
                               List<String> statuses, List<Section> sections, List<Outlet> outlets, List<String> languages,
                               int waitingForReview, boolean mine, String notice) {}

    /**
     * The form of one article (new when {@code article} is null). {@code form} holds what is shown in the fields (what
     * was typed when a save was refused). {@code editable}: the user may change it; {@code publishing}: the user may
     * move it along (an editor or admin); {@code correctable}: readers have seen it, so a change may carry a note.
     */
    public record ArticleEditView(Chrome chrome, Meta meta, AdminNav nav, Article article, String createdByName, Form form,
                                  List<Section> sections, boolean editable, boolean publishing, boolean correctable,
                                  String imageUrl, List<NewsroomArticles.Correction> corrections, int revisions,
                                  String readerUrl, String notice, String error) {}

    public record Form(String title, String standfirst, String bodyHtml, String sectionId, String authors, String imageCaption,
                       String imageCredit) {}

    /** One version in the history; {@code current} for the article as it is now. */
    public record VersionRow(String id, String label, String by, String kind, boolean selected) {}

    /** A field's diff between the selected revision and the version that replaced it. */
    public record FieldDiff(String field, List<WordDiff.Part> parts, boolean changed) {}

    public record RevisionsView(Chrome chrome, Meta meta, AdminNav nav, Article article, List<VersionRow> versions,
                                String selectedId, List<FieldDiff> diffs, boolean restorable, String notice) {}
}
