using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Calendar;

/// <summary>
/// A bureau adds next year's 放假调休 schedule when the State Council publishes it (R-CAL-8), or corrects one.
/// The file is validated in full before anything is stored; replacing a year records the old source in the audit chain.
/// </summary>
public sealed record ImportCalendarYear(string Json);

public sealed record CalendarImportResult(int Year, string Source, int HolidayDays, int AdjustedWorkdays, bool Replaced);

public sealed class ImportCalendarYearHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<CalendarImportResult> HandleAsync(ImportCalendarYear command, CancellationToken ct)
    {
        db.Actor.Require(Roles.SystemAdministrator);
        var year = CalendarYear.Parse(command.Json);
        var existing = await db.CalendarYears.FindAsync([year.Year], ct);
        var now = clock.GetUtcNow();
        var record = existing ?? new CalendarYearRecord { Year = year.Year };
        var previousSource = existing?.Source;
        record.Source = year.Source;
        record.Json = year.ToJson();
        record.ImportedAt = now;
        record.ImportedBy = db.Actor.Name;
        if (existing is null)
        {
            db.CalendarYears.Add(record);
        }

        // The schedule is national; the import is recorded in the chain of the importing organisation
        // (the root organisation when the command line imports it).
        var auditOrg = db.Actor.OrganizationId ?? (await RootOrganizationAsync(ct));
        var holidayDays = year.Holidays.Sum(h => h.Dates().Count());
        db.Audit(auditOrg, "calendar.imported", "CalendarYear", year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), new
        {
            year.Year,
            year.Source,
            year.RuleId,
            HolidayDays = holidayDays,
            AdjustedWorkdays = year.AdjustedWorkdays.Count,
            PreviousSource = previousSource,
        });
        await db.SaveChangesAsync(ct);
        return new CalendarImportResult(year.Year, year.Source, holidayDays, year.AdjustedWorkdays.Count, existing is not null);
    }

    private async Task<Guid> RootOrganizationAsync(CancellationToken ct)
    {
        var visible = await OrganizationScope.VisibleSetAsync(db, ct);
        var root = await visible.Where(o => o.ParentId == null).OrderBy(o => o.CreatedAt).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        return root ?? throw new Rules.DomainRuleException("calendar.no-organization", "尚未创建任何单位，无法记录导入操作；请先运行 weijian migrate 并创建单位（或 weijian demo）");
    }
}
