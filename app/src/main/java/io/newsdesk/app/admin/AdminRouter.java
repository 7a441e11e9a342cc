package io.newsdesk.app.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/** Registers the admin's routes and remembers them, so that a test can try every one (roles, CSRF). */
public final class AdminRouter {
    public record Route(String method, String path) {}

    private final RoutesConfig routes;
    private final List<Route> registered = new ArrayList<>();

    public AdminRouter(RoutesConfig routes) {
        this.routes = routes;
    }

    public void get(String path, Handler handler) {
        registered.add(new Route("GET", path));
        routes.get(path, handler);
    }

    public void post(String path, Handler handler) {
        registered.add(new Route("POST", path));
        routes.post(path, handler);
    }

    public List<Route> routes() {
        return List.copyOf(registered);
    }
}
