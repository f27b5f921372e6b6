using System.Globalization;
using System.Xml.Linq;
using Weijian.Reports.Dashboards;
using Weijian.Reports.Figures;

namespace Weijian.Tests.Reports;

/// <summary>The dashboards' server-rendered charts (issue #8): well-formed SVG with a text alternative, bars proportional to the values, gaps for missing data.</summary>
public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Bars_are_proportional_to_their_values_and_the_chart_names_every_value_in_its_description()
    {
        var doc = XDocument.Parse(SvgChart.Bars("分专业立案数", "件", [new("公共场所卫生", 40), new("医疗卫生<&>", 10), new("放射卫生", 0)]));
        var root = doc.Root!;
        root.Attribute("role")!.Value.ShouldBe("img");
        root.Element(Svg + "title")!.Value.ShouldBe("分专业立案数");
        root.Element(Svg + "desc")!.Value.ShouldBe("公共场所卫生 40件，医疗卫生<&> 10件，放射卫生 0件");
        var widths = root.Descendants(Svg + "rect").Select(r => double.Parse(r.Attribute("width")!.Value, CultureInfo.InvariantCulture)).ToList();
        widths.Count.ShouldBe(3);
        widths[0].ShouldBe(widths[1] * 4, 0.2);
        widths[2].ShouldBe(0);
        root.Descendants(Svg + "rect").First().Element(Svg + "title")!.Value.ShouldBe("公共场所卫生：40件");
    }

    [Fact]
    public void Columns_leave_a_gap_for_a_month_without_data_and_draw_a_rate_on_a_zero_to_hundred_percent_axis()
    {
        var thisYear = new ChartSeries("2026年", [new("1月", 0.5m), new("2月", null), new("3月", 1m, "/x?a=1&b=2")]);
        var lastYear = new ChartSeries("2025年", [new("1月", 0.25m), new("2月", 0.75m), new("3月", null)]);
        var root = XDocument.Parse(SvgChart.Columns("按时办结率", "%", [thisYear, lastYear])).Root!;
        var bars = root.Descendants(Svg + "rect").Where(r => r.Attribute("class")?.Value == "chart-bar").ToList();
        bars.Count.ShouldBe(4);
        var heights = bars.Select(r => double.Parse(r.Attribute("height")!.Value, CultureInfo.InvariantCulture)).ToList();
        heights[0].ShouldBe(heights[1] * 2, 0.2); // 50 % against 25 %
        heights[3].ShouldBe(220, 0.1);           // 100 % fills the plot
        root.Element(Svg + "desc")!.Value.ShouldContain("2月 无数据");
        root.Descendants(Svg + "a").Single().Attribute("href")!.Value.ShouldBe("/x?a=1&b=2");
        root.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("100%");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0.4, 1)]
    [InlineData(7, 10)]
    [InlineData(13, 20)]
    [InlineData(41, 50)]
    [InlineData(100, 100)]
    [InlineData(101, 200)]
    public void The_axis_maximum_is_the_next_round_number(decimal max, decimal expected) =>
        SvgChart.NiceMax(max).ShouldBe(expected);

    [Fact]
    public void Every_dashboard_figure_is_in_the_catalogue()
    {
        foreach (var id in GetDashboardHandler.KeyFigureIds.Append(GetDashboardHandler.BySpecialty).Concat(GetDashboardHandler.MonthlyCharts.Select(c => c.FigureId)))
        {
            FigureCatalogue.Find(id).ShouldNotBeNull(id);
        }
    }

    [Theory]
    [InlineData("R-PEN-20", "行政处罚")]
    [InlineData("R-LIC-4", "行政许可")]
    [InlineData("R-TRS-4", "执法公示")]
    [InlineData("", "其他")]
    public void A_clock_belongs_to_the_module_of_its_rule(string ruleId, string module) =>
        GetDashboardHandler.ModuleOf(ruleId).ShouldBe(module);
}
