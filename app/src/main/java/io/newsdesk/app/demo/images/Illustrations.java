package io.newsdesk.app.demo.images;

/**
 * Flat editorial illustrations for the demo's lead images, drawn as SVG from a seed. Each section has its own
 * motifs: a globe with flight routes or a sea chart for World; an assembly building, the seats of a chamber by
 * party or a ballot box for Politics; charts or a container harbour with cranes for Economy; a circuit board, devices
 * on a desk, a network or a robot arm for Technology; a stage, a gallery wall or a bookcase for Culture; a stadium
 * from above, a running track, a floodlit ground or a rowing or swimming race for Sport. The seed chooses the
 * motif, composition, palette, time of day and the number and placement of things, so the same seed always gives
 * the same picture and two articles rarely get similar ones.
 *
 * <p>The pictures are 1200 by 675 with no text, script, style attribute or reference to anything outside them,
 * which suits a Content-Security-Policy without inline styles.
 */
public final class Illustrations {
    /** Sections in the order of the demo's site.json; other indexes wrap around. */
    public static final int WORLD = 0, POLITICS = 1, ECONOMY = 2, TECHNOLOGY = 3, CULTURE = 4, SPORT = 5;

    private static final int MOTIFS = 6;

    private Illustrations() {}

    public static String svg(String seed, int section) {
        int motif = Math.floorMod(section, MOTIFS);
        SceneRandom r = SceneRandom.of(seed, motif);
        SvgCanvas c = new SvgCanvas();
        switch (motif) {
            case WORLD -> WorldScenes.draw(c, r);
            case POLITICS -> PoliticsScenes.draw(c, r);
            case ECONOMY -> EconomyScenes.draw(c, r);
            case TECHNOLOGY -> TechnologyScenes.draw(c, r);
            case CULTURE -> CultureScenes.draw(c, r);
            default -> SportScenes.draw(c, r);
        }
        return c.finish();
    }
}
