using System.Globalization;
using System.Net;
using System.Text;

namespace Weijian.Reports.Dashboards;

/// <summary>One bar or column of a chart: its label, its value (null = no data, drawn as a gap, never as 0) and a link.</summary>
public sealed record ChartPoint(string Label, decimal? Value, string? Href = null);

/// <summary>A named series of points (this year, last year …), drawn in its own colour.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);

/// <summary>
/// Server-rendered SVG charts for the dashboards (issue #8): no script, so they print and show without JavaScript. Every
/// chart carries a <c>title</c> and a <c>desc</c> listing its values (the text alternative screen readers read), and each
/// bar its own <c>title</c>; the page puts the same values in a table next to it. Colours are distinguishable in grey
/// print (solid dark vs. light hatched-like tint).
/// </summary>
public static class SvgChart
{
    private static readonly string[] Fills = ["#1f5fa8", "#9bb8dc", "#c2571a", "#e8b28f"];

    /// <summary>Horizontal bars, one per category (cases by specialty …); long Chinese labels stay readable.</summary>
    public static string Bars(string title, string unit, IReadOnlyList<ChartPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        const int labelWidth = 150, barArea = 330, rowHeight = 26, top = 8, valueWidth = 70;
        var height = top + (Math.Max(points.Count, 1) * rowHeight) + 8;
        var width = labelWidth + barArea + valueWidth;
        var max = points.Max(p => p.Value) ?? 0m;
        var svg = Open(title, Describe(unit, points), width, height);
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var y = top + (i * rowHeight);
            var length = max <= 0 || p.Value is not { } v ? 0 : (double)(v / max) * barArea;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 17}\" text-anchor=\"end\" class=\"chart-label\">{Escape(p.Label)}</text>");
            var bar = string.Create(CultureInfo.InvariantCulture,
                $"<rect class=\"chart-bar\" x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{length:0.#}\" height=\"{rowHeight - 8}\" fill=\"{Fills[0]}\"><title>{Escape(p.Label)}：{Format(p.Value, unit)}</title></rect>");
            svg.Append(Link(p.Href, bar));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + length + 4:0.#}\" y=\"{y + 17}\" class=\"chart-value\">{Escape(Format(p.Value, unit))}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Columns by period (months), one colour per series side by side (this year against last year).</summary>
    public static string Columns(string title, string unit, IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var categories = series.Count == 0 ? [] : series[0].Points.Select(p => p.Label).ToList();
        const int left = 44, plot = 220, top = 12, bottom = 40, slot = 40;
        var width = left + (Math.Max(categories.Count, 1) * slot) + 10;
        var height = top + plot + bottom;
        var max = series.SelectMany(s => s.Points).Max(p => p.Value) ?? 0m;
        var scale = NiceMax(max);
        var svg = Open(title, string.Join("；", series.Select(s => s.Name + "：" + Describe(unit, s.Points))), width, height);

        // Axis with three gridlines; the top one labelled with the scale so heights can be read off.
        for (var g = 0; g <= 2; g++)
        {
            var y = top + plot - (plot * g / 2.0);
            var label = scale * g / 2;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{width - 6}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" class=\"chart-grid\" stroke=\"#ccc\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" class=\"chart-axis\">{Escape(unit == "%" ? Format(label, unit) : Number(label))}</text>");
        }

        var barWidth = (slot - 8) / (double)Math.Max(series.Count, 1);
        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = left + (c * slot) + 4;
            for (var s = 0; s < series.Count; s++)
            {
                var p = series[s].Points[c];
                if (p.Value is not { } v)
                {
                    continue;
                }

                var h = scale <= 0 ? 0 : (double)(v / scale) * plot;
                var bar = string.Create(CultureInfo.InvariantCulture,
                    $"<rect class=\"chart-bar\" x=\"{x0 + (s * barWidth):0.#}\" y=\"{top + plot - h:0.#}\" width=\"{barWidth - 1:0.#}\" height=\"{h:0.#}\" fill=\"{Fills[s % Fills.Length]}\"><title>{Escape(series[s].Name)} {Escape(p.Label)}：{Format(p.Value, unit)}</title></rect>");
                svg.Append(Link(p.Href, bar));
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + ((slot - 8) / 2.0):0.#}\" y=\"{top + plot + 16}\" text-anchor=\"middle\" class=\"chart-axis\">{Escape(categories[c])}</text>");
        }

        // Legend below the axis.
        for (var s = 0; s < series.Count; s++)
        {
            var x = left + (s * 110);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{height - 14}\" width=\"10\" height=\"10\" fill=\"{Fills[s % Fills.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 14}\" y=\"{height - 5}\" class=\"chart-legend\">{Escape(series[s].Name)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The text alternative: every label with its value, "无数据" for a missing one.</summary>
    public static string Describe(string unit, IEnumerable<ChartPoint> points) =>
        string.Join("，", points.Select(p => $"{p.Label} {Format(p.Value, unit)}"));

    public static string Format(decimal? value, string unit) => value switch
    {
        null => "无数据",
        { } v when unit == "%" => (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%",
        { } v => Number(v) + unit,
    };

    private static string Number(decimal v) => v == decimal.Truncate(v)
        ? v.ToString("#,0", CultureInfo.InvariantCulture)
        : v.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>The axis maximum: the data maximum rounded up to 1, 2 or 5 × a power of ten (a rate's axis is 0–100 %).</summary>
    public static decimal NiceMax(decimal max)
    {
        if (max <= 0)
        {
            return 0;
        }

        if (max <= 1)
        {
            return 1;
        }

        var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)max)));
        foreach (var step in new[] { 1m, 2m, 5m, 10m })
        {
            if (max <= step * power)
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    private static StringBuilder Open(string title, string description, int width, int height)
    {
        var id = "c" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(title)))[..8].ToLowerInvariant();
        return new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" aria-labelledby=\"{id}-t {id}-d\">" +
            $"<title id=\"{id}-t\">{Escape(title)}</title><desc id=\"{id}-d\">{Escape(description)}</desc>");
    }

    private static string Link(string? href, string content) =>
        href is null ? content : $"<a href=\"{Escape(href)}\">{content}</a>";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
