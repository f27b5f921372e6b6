using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Reports.Figures;

/// <summary>
/// 执法主体 figures, counted as of the period's last day (a stock, not a flow): the officers holding a valid credential and the
/// regulated entities in operation on that day. The registers keep the current status and the date of its last change, so the
/// status on the last day is the current one when it changed on or before that day, and otherwise the one it replaced.
/// </summary>
public static class RegistryFigures
{
    public const string Module = "Registry";

    public static IEnumerable<Figure> All() =>
    [
        new QueryFigure(
            new FigureDefinition(
                "registry.officers.credentialed", "持证执法人员数", "Credentialed officers",
                "统计期末持有有效行政执法证件的执法人员数（R-PUB-5 执法主体与人员）。",
                "Officers holding a valid enforcement credential on the last day of the period.",
                "按统计期末日计：有执法证号、证件有效期覆盖期末日，且期末日为在职有效状态（状态最近一次变更在期末日或之前且为在职有效，或变更在期末日之后且由在职有效变为暂扣、注销）的人员。",
                Module, FigureKind.Count, "人"),
            s => s.Rows<Officer>()
                .Where(o => o.CredentialNumber != null && o.ValidFrom <= s.To && (o.ValidUntil == null || o.ValidUntil >= s.To)
                    && (o.Status == OfficerStatus.Active ? o.StatusChangedOn == null || o.StatusChangedOn <= s.To : o.StatusChangedOn > s.To))
                .Select(o => new FigureRecord
                {
                    OrganizationId = o.OrganizationId,
                    SubjectType = nameof(Officer),
                    SubjectId = o.Id,
                    Label = o.Name + " " + o.CredentialNumber,
                    Date = s.To,
                    Amount = 0m,
                    Group = null,
                })),
        new QueryFigure(
            new FigureDefinition(
                "registry.entities.active", "在营监管对象数", "Regulated entities in operation",
                "统计期末在本平台登记、处于正常经营状态的监管对象数，按监督专业分列。",
                "Regulated entities registered on the platform and in operation on the last day of the period, by specialty.",
                "按统计期末日计：在期末日或之前登记，且期末日为正常经营状态（状态最近一次变更在期末日或之前且为正常经营，或变更在期末日之后且由正常经营变为停业、注销）的监管对象。",
                Module, FigureKind.Count, "户", "专业"),
            s =>
            {
                // Registered by the end of the last day in China time (CreatedAt is an instant; PostgreSQL takes it in UTC).
                var end = new DateTimeOffset(s.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
                return s.Rows<RegulatedEntity>()
                    .Where(e => e.CreatedAt < end
                        && (e.Status == EntityStatus.Operating ? e.StatusChangedOn == null || e.StatusChangedOn <= s.To : e.StatusChangedOn > s.To))
                    .Select(e => new FigureRecord
                    {
                        OrganizationId = e.OrganizationId,
                        SubjectType = nameof(RegulatedEntity),
                        SubjectId = e.Id,
                        Label = e.Name,
                        Date = s.To,
                        Group = e.Specialty.ToString(),
                        Amount = 0m,
                    });
            }),
    ];
}
