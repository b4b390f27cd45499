package com.rcm.systemtests;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** The benchmark's picture: encounters sent and patient-billed per second over each run, one panel per run. */
final class BenchmarkChart {
    private static final int WIDTH = 1000;
    private static final int PANEL = 300;
    private static final Color SENT = new Color(0x4c78a8);
    private static final Color BILLED = new Color(0xe45756);

    /** One run's line: seconds since its start against sent and billed a second; {@code caption} under its title. */
    record Panel(String title, String caption, List<double[]> sentPerSecond, List<double[]> billedPerSecond) {}

    static void write(Path file, String heading, List<Panel> panels) throws IOException {
        int height = 50 + panels.size() * (PANEL + 40);
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(heading, 20, 28);
        int top = 50;
        for (Panel panel : panels) {
            draw(g, panel, top);
            top += PANEL + 40;
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void draw(Graphics2D g, Panel panel, int top) {
        int left = 70;
        int right = WIDTH - 30;
        int plotTop = top + 40;
        int bottom = top + PANEL;
        double maxX = Math.max(1, Math.max(last(panel.sentPerSecond()), last(panel.billedPerSecond())));
        // Scaled to what was billed: a flat-out burst of sends would flatten that line; sends above the top are cut.
        double maxY = Math.max(1, max(panel.billedPerSecond()) * 1.3);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(panel.title(), left, top + 14);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(panel.caption(), left, top + 30);
        g.setColor(Color.LIGHT_GRAY);
        for (int i = 0; i <= 4; i++) {
            int y = bottom - (bottom - plotTop) * i / 4;
            g.drawLine(left, y, right, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format("%.0f", maxY * i / 4), 10, y + 4);
            g.setColor(Color.LIGHT_GRAY);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawLine(left, bottom, right, bottom);
        g.drawString("0 s", left, bottom + 15);
        g.drawString(String.format("%.0f s", maxX), right - 40, bottom + 15);
        line(g, panel.sentPerSecond(), SENT, left, right, plotTop, bottom, maxX, maxY);
        line(g, panel.billedPerSecond(), BILLED, left, right, plotTop, bottom, maxX, maxY);
        g.setColor(SENT);
        g.drawString("sent (cut at the top)", right - 260, plotTop + 12);
        g.setColor(BILLED);
        g.drawString("patient-billed per second", right - 150, plotTop + 12);
    }

    private static void line(
            Graphics2D g,
            List<double[]> points,
            Color color,
            int left,
            int right,
            int top,
            int bottom,
            double maxX,
            double maxY) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            g.drawLine(
                    x(a[0], left, right, maxX),
                    y(a[1], top, bottom, maxY),
                    x(b[0], left, right, maxX),
                    y(b[1], top, bottom, maxY));
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static int x(double value, int left, int right, double max) {
        return left + (int) ((right - left) * value / max);
    }

    private static int y(double value, int top, int bottom, double max) {
        return bottom - (int) ((bottom - top) * Math.min(value, max) / max);
    }

    private static double last(List<double[]> points) {
        return points.isEmpty() ? 0 : points.get(points.size() - 1)[0];
    }

    private static double max(List<double[]> points) {
        return points.stream().mapToDouble(p -> p[1]).max().orElse(0);
    }

    private BenchmarkChart() {}
}
