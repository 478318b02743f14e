import Foundation

/// A small plain-SVG chart (no script, no external fonts or styles): a titled plot area with a
/// categorical time axis (one slot per period), a linear count axis with round ticks, a legend
/// on the right, and series drawn as lines or as bars side by side. Shared by TimelineSVG and
/// CompareSVG.
struct SVGChart {
    struct Series {
        var label: String
        var values: [Double]
        var color: String
        /// Drawn as a line (with a dot per period) or as bars.
        var asBars: Bool
        var lineWidth: Double = 2
    }

    var title: String
    var subtitle: String = ""
    var periods: [String]
    var xLabel: String = ""
    var yLabel: String
    var series: [Series]
    /// Periods whose tick is labelled; nil: every k-th, k keeping about 12 labels.
    var labelledTicks: Set<Int>? = nil
    /// Shaded period ranges (inclusive indices) with a legend label, e.g. bursts.
    var bands: [(start: Int, end: Int, label: String)] = []

    static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
                          "#17becf", "#bcbd22", "#7f7f7f"]

    let width = 1000.0, height = 560.0
    let left = 70.0, right = 250.0, top = 70.0, bottom = 80.0

    func render() -> String {
        let plotW = width - left - right, plotH = height - top - bottom
        let n = max(periods.count, 1)
        let slot = plotW / Double(n)
        let maxValue = series.flatMap(\.values).max() ?? 0
        let (step, yMax) = SVGChart.niceScale(maxValue)
        func x(_ i: Int) -> Double { left + (Double(i) + 0.5) * slot }
        func y(_ v: Double) -> Double { top + plotH - v / yMax * plotH }

        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(f(width))" height="\(f(height))" viewBox="0 0 \(f(width)) \(f(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
        <rect x="0" y="0" width="\(f(width))" height="\(f(height))" fill="#ffffff"/>
        <text x="\(f(left))" y="28" font-size="18" font-weight="bold" fill="#222">\(SVGChart.escape(title))</text>

        """
        if !subtitle.isEmpty {
            out += "<text x=\"\(f(left))\" y=\"48\" font-size=\"12\" fill=\"#555\">\(SVGChart.escape(subtitle))</text>\n"
        }
        // Bands behind everything.
        for band in bands {
            let x0 = left + Double(band.start) * slot, x1 = left + Double(band.end + 1) * slot
            out += "<rect x=\"\(f(x0))\" y=\"\(f(top))\" width=\"\(f(x1 - x0))\" height=\"\(f(plotH))\" fill=\"#ffd54f\" fill-opacity=\"0.35\"><title>\(SVGChart.escape(band.label))</title></rect>\n"
        }
        // Horizontal grid and y ticks.
        var v = 0.0
        while v <= yMax + step / 2 {
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y(v)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(y(v)))\" stroke=\"#e0e0e0\" stroke-width=\"1\"/>\n"
            out += "<text x=\"\(f(left - 8))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\" fill=\"#333\">\(SVGChart.number(v))</text>\n"
            v += step
        }
        // Axes.
        out += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotH))\" x2=\"\(f(left + plotW))\" y2=\"\(f(top + plotH))\" stroke=\"#333\" stroke-width=\"1.5\"/>\n"
        out += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + plotH))\" stroke=\"#333\" stroke-width=\"1.5\"/>\n"
        out += "<text transform=\"translate(\(f(18)),\(f(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\" fill=\"#333\" font-size=\"13\">\(SVGChart.escape(yLabel))</text>\n"
        if !xLabel.isEmpty {
            out += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 12))\" text-anchor=\"middle\" fill=\"#333\" font-size=\"13\">\(SVGChart.escape(xLabel))</text>\n"
        }
        // X ticks: at most about 12 labels, rotated so long labels never overlap.
        let every = max(1, Int((Double(periods.count) / 12).rounded(.up)))
        let labelled = labelledTicks ?? Set(stride(from: 0, to: periods.count, by: every))
        for (i, period) in periods.enumerated() {
            let tickLength = labelled.contains(i) ? 6.0 : 3.0
            out += "<line x1=\"\(f(x(i)))\" y1=\"\(f(top + plotH))\" x2=\"\(f(x(i)))\" y2=\"\(f(top + plotH + tickLength))\" stroke=\"#333\" stroke-width=\"1\"/>\n"
            if labelled.contains(i) {
                out += "<text transform=\"translate(\(f(x(i) + 4)),\(f(top + plotH + 16))) rotate(-35)\" text-anchor=\"end\" fill=\"#333\" font-size=\"11\">\(SVGChart.escape(period))</text>\n"
            }
        }
        // Bars: side by side within a period's slot.
        let bars = series.filter(\.asBars)
        let barWidth = bars.isEmpty ? 0 : min(28, slot * 0.8 / Double(bars.count))
        for (b, s) in bars.enumerated() {
            for (i, value) in s.values.enumerated() where value > 0 {
                let x0 = x(i) - barWidth * Double(bars.count) / 2 + barWidth * Double(b)
                out += "<rect x=\"\(f(x0))\" y=\"\(f(y(value)))\" width=\"\(f(max(barWidth - 1, 0.5)))\" height=\"\(f(y(0) - y(value)))\" fill=\"\(s.color)\" fill-opacity=\"0.85\"><title>\(SVGChart.escape("\(s.label), \(periods[i]): \(SVGChart.number(value))"))</title></rect>\n"
            }
        }
        // Lines.
        for s in series where !s.asBars && !s.values.isEmpty {
            let points = s.values.enumerated().map { "\(f(x($0.offset))),\(f(y($0.element)))" }.joined(separator: " ")
            out += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"\(f(s.lineWidth))\" stroke-linejoin=\"round\"><title>\(SVGChart.escape(s.label))</title></polyline>\n"
            if let last = s.values.last {
                out += "<circle cx=\"\(f(x(s.values.count - 1)))\" cy=\"\(f(y(last)))\" r=\"3\" fill=\"\(s.color)\"/>\n"
            }
        }
        // Legend.
        var ly = top + 6
        let lx = left + plotW + 20
        out += "<text x=\"\(f(lx))\" y=\"\(f(ly))\" font-weight=\"bold\" fill=\"#222\">Legend</text>\n"
        ly += 20
        for s in series {
            if s.asBars {
                out += "<rect x=\"\(f(lx))\" y=\"\(f(ly - 9))\" width=\"18\" height=\"10\" fill=\"\(s.color)\" fill-opacity=\"0.85\"/>\n"
            } else {
                out += "<line x1=\"\(f(lx))\" y1=\"\(f(ly - 4))\" x2=\"\(f(lx + 18))\" y2=\"\(f(ly - 4))\" stroke=\"\(s.color)\" stroke-width=\"\(f(max(s.lineWidth, 2)))\"/>\n"
            }
            out += "<text x=\"\(f(lx + 26))\" y=\"\(f(ly))\" fill=\"#222\">\(SVGChart.escape(SVGChart.shorten(s.label, 30)))</text>\n"
            ly += 20
        }
        if let band = bands.first {
            out += "<rect x=\"\(f(lx))\" y=\"\(f(ly - 10))\" width=\"18\" height=\"12\" fill=\"#ffd54f\" fill-opacity=\"0.6\"/>\n"
            out += "<text x=\"\(f(lx + 26))\" y=\"\(f(ly))\" fill=\"#222\">\(SVGChart.escape(SVGChart.shorten(band.label, 30)))</text>\n"
        }
        out += "</svg>\n"
        return out
    }

    /// A tick step of 1, 2 or 5 × 10ᵏ giving about five ticks, and the axis maximum (a multiple
    /// of the step at or above `maxValue`; at least one step).
    static func niceScale(_ maxValue: Double) -> (step: Double, max: Double) {
        guard maxValue > 0 else { return (1, 1) }
        let raw = maxValue / 5
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        let step1 = max(step, 1) // counts: whole-number ticks
        return (step1, (maxValue / step1).rounded(.up) * step1)
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func shorten(_ s: String, _ limit: Int) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v)
    }

    private func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
