using System.Globalization;
using System.Net;
using System.Text;
using Weijian.Licensing.Items;

namespace Weijian.Web.Pages.PublicGuides;

/// <summary>
/// 办理流程图 (R-TRS-2 执法流程图) drawn on the server as SVG from the guide's steps: one box per step (name, post,
/// working-day limit), top to bottom with arrows, readable on a phone and in print; the page gives the same steps as a
/// numbered list for screen readers.
/// </summary>
public static class GuideFlowchart
{
    private const int Width = 320;
    private const int BoxHeight = 56;
    private const int Gap = 28;

    public static string Svg(IReadOnlyList<LicenseStep> steps, string title)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var height = (steps.Count * BoxHeight) + (Math.Max(0, steps.Count - 1) * Gap) + 8;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flowchart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"flow-title\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"flow-title\">{Escape(title)}</title>");
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"5\" refY=\"9\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,0 L5,10 z\" fill=\"#1f4e79\"/></marker></defs>");
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            var y = 4 + (i * (BoxHeight + Gap));
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"10\" y=\"{y}\" width=\"{Width - 20}\" height=\"{BoxHeight}\" rx=\"8\" fill=\"#eef4fb\" stroke=\"#1f4e79\" stroke-width=\"1.5\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{y + 24}\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\" fill=\"#10263d\">{i + 1}. {Escape(s.Name)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{y + 45}\" text-anchor=\"middle\" font-size=\"13\" fill=\"#334\">{Escape(s.Actor)} · {Escape(Limit(s.Days))}</text>");
            if (i < steps.Count - 1)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Width / 2}\" y1=\"{y + BoxHeight}\" x2=\"{Width / 2}\" y2=\"{y + BoxHeight + Gap - 4}\" stroke=\"#1f4e79\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
            }
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    public static string Limit(int days) => days == 0 ? "当日办结" : $"{days}个工作日";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
