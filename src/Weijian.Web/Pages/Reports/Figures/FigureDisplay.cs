using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Weijian.Reports.Figures;

namespace Weijian.Web.Pages.Reports.Figures;

/// <summary>How the 统计指标 pages show a figure's value, its module and the link to a counted record.</summary>
public static class FigureDisplay
{
    public static string ModuleName(string module) => module switch
    {
        EnforcementFigures.Module => "行政处罚",
        InspectionFigures.Module => "监督检查",
        LicensingFigures.Module => "行政许可",
        PublicityFigures.Module => "执法公示",
        CreditFigures.Module => "信用监管",
        RegistryFigures.Module => "执法主体与监管对象",
        _ => module,
    };

    public static string Value(FigureKind kind, decimal? value, string unit) => value switch
    {
        null => "—",
        { } v when kind is FigureKind.Rate or FigureKind.AmountRate => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        { } v when kind == FigureKind.Amount && unit == "元" => v.ToString("#,0.00", CultureInfo.InvariantCulture) + " 元",
        { } v => v.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + unit,
    };

    /// <summary>Year-over-year change: the difference, and for counts and amounts the percentage; rates change in points.</summary>
    public static string Change(FigureKind kind, decimal? now, decimal? before)
    {
        if (now is not { } n || before is not { } b)
        {
            return "—";
        }

        if (kind is FigureKind.Rate or FigureKind.AmountRate)
        {
            var points = (n - b) * 100;
            return (points >= 0 ? "+" : "") + points.ToString("0.0", CultureInfo.InvariantCulture) + "个百分点";
        }

        var diff = n - b;
        var sign = diff >= 0 ? "+" : "";
        var text = sign + diff.ToString("#,0.##", CultureInfo.InvariantCulture);
        return b == 0 ? text : $"{text}（{sign}{(diff * 100 / b).ToString("0.0", CultureInfo.InvariantCulture)}%）";
    }

    /// <summary>The page of a counted record, by its subject type; null where the record has no page of its own.</summary>
    public static string? RecordHref(string subjectType, Guid id) => subjectType switch
    {
        "PenaltyCase" => $"/Enforcement/Cases/{id}",
        "LicenseApplication" => $"/Licensing/Applications/{id}",
        "License" => $"/Licensing/Licenses/{id}",
        "Inspection" => $"/Inspections/{id}",
        "InspectionTask" => $"/Inspections/Tasks/{id}",
        "CreditRecord" => $"/Credit/{id}",
        "Officer" => $"/Registry/Officers/{id}",
        "RegulatedEntity" => $"/Registry/Entities/Details?id={id}",
        "EnforcementDisclosure" => "/Publicity/Disclosures",
        _ => null,
    };

    /// <summary>The drill-down of a figure (or one group of it) for the same organisation, period and roll-up.</summary>
    public static string RecordsHref(string id, Guid org, DateOnly from, DateOnly to, bool rollup, string? group = null)
    {
        var q = new Dictionary<string, string?>
        {
            ["id"] = id,
            ["org"] = org.ToString(),
            ["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (rollup)
        {
            q["rollup"] = "true";
        }

        if (group is not null)
        {
            q["group"] = group;
        }

        return QueryHelpers.AddQueryString("/Reports/Figures/Records", q);
    }
}
