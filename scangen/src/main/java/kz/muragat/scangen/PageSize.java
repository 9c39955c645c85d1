package kz.muragat.scangen;

/** Paper size of the rendered pages. */
public enum PageSize {
    A4_PORTRAIT(210.0, 297.0);

    private final double widthMm;
    private final double heightMm;

    PageSize(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public double widthMm() { return widthMm; }
    public double heightMm() { return heightMm; }

    public int widthPx(int dpi) { return (int) Math.round(widthMm / 25.4 * dpi); }
    public int heightPx(int dpi) { return (int) Math.round(heightMm / 25.4 * dpi); }

    public float widthPt() { return (float) (widthMm / 25.4 * 72); }
    public float heightPt() { return (float) (heightMm / 25.4 * 72); }
}
