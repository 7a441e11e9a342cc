package io.newsdesk.app.admin;

import io.newsdesk.app.accounts.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one map of which roles open which admin pages, and the menu made from it. A path belongs to the longest
 * area it starts with; a path of no area is for admins only, so a new page is closed until it is listed here.
 */
public final class AdminAccess {
    /** Pages anyone may open: logging in, and the one-time links that create an account. */
    static final List<String> PUBLIC = List.of("/admin/login", "/admin/setup", "/admin/invite");

    record Area(String path, String label, Set<Role> roles) {}

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** In menu order; areas without a label are not in the menu. */
    private static final List<Area> AREAS = List.of(
            new Area("/admin", "Dashboard", EVERYONE),
            new Area("/admin/articles", "Articles", EnumSet.of(Role.ADMIN, Role.EDITOR, Role.AUTHOR)),
            new Area("/admin/publishing", null, EnumSet.of(Role.ADMIN, Role.EDITOR)),
            new Area("/admin/comments", "Comments", EnumSet.of(Role.ADMIN, Role.EDITOR, Role.MODERATOR)),
            new Area("/admin/review", "Translations", EnumSet.of(Role.ADMIN, Role.EDITOR)),
            new Area("/admin/home", "Home page", EnumSet.of(Role.ADMIN, Role.EDITOR)),
            new Area("/admin/sections", "Sections", EnumSet.of(Role.ADMIN, Role.EDITOR)),
            new Area("/admin/sources", "Sources", EnumSet.of(Role.ADMIN, Role.EDITOR)),
            new Area("/admin/status", "Import status", EnumSet.of(Role.ADMIN, Role.EDITOR)),
            new Area("/admin/authors", "Authors", EnumSet.of(Role.ADMIN, Role.EDITOR)),
            new Area("/admin/outlets", "Outlets", EnumSet.of(Role.ADMIN, Role.EDITOR)),
            new Area("/admin/users", "Users", EnumSet.of(Role.ADMIN)),
            new Area("/admin/audit", "Audit log", EnumSet.of(Role.ADMIN)),
            new Area("/admin/settings", "Settings", EnumSet.of(Role.ADMIN)),
            new Area("/admin/ads", "Ads", EnumSet.of(Role.ADMIN)),
            new Area("/admin/account", "My account", EVERYONE),
            new Area("/admin/logout", null, EVERYONE),
            new Area("/admin/logout-everywhere", null, EVERYONE));

    private AdminAccess() {}

    static boolean isPublic(String path) {
        return PUBLIC.stream().anyMatch(p -> within(path, p));
    }

    /** Whether {@code role} may open {@code path}. */
    public static boolean allows(Role role, String path) {
        Area best = null;
        for (Area a : AREAS) {
            if (within(path, a.path()) && (best == null || a.path().length() > best.path().length())) best = a;
        }
        // "/admin" itself is the dashboard; below it, only listed areas
        if (best != null && best.path().equals("/admin") && !path.equals("/admin") && !path.equals("/admin/")) best = null;
        return best == null ? role == Role.ADMIN : best.roles().contains(role);
    }

    private static boolean within(String path, String area) {
        return path.equals(area) || path.startsWith(area + "/");
    }

    public record MenuItem(String label, String path, boolean current) {}

    /** The menu for {@code role}, marking the area of {@code path}. */
    static List<MenuItem> menu(Role role, String path) {
        List<MenuItem> items = new ArrayList<>();
        for (Area a : AREAS) {
            if (a.label() == null || !a.roles().contains(role)) continue;
            boolean current = a.path().equals("/admin") ? path.equals("/admin") : within(path, a.path());
            items.add(new MenuItem(a.label(), a.path(), current));
        }
        return items;
    }
}
