package io.newsdesk.app.admin;

import io.javalin.http.Context;

/** A password field of a form as characters (an absent field is empty), the way {@code accounts} takes passwords. */
final class PasswordFields {
    private PasswordFields() {}

    static char[] of(Context ctx, String field) {
        String s = ctx.formParam(field);
        return s == null ? new char[0] : s.toCharArray();
    }
}
