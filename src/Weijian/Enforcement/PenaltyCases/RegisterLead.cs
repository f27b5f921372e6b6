using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// 案件受理: an officer records a lead (线索) against a registered entity — source (inspection, complaint, referral …),
/// cause, what happened, and the dates the limitation check needs (R-PEN-7). Produces the case number (年份+序号, R-PEN-33).
/// </summary>
public sealed record RegisterLead(
    Guid? EntityId, string? Source, string? SourceReference, string? Specialty, string? Cause, string? Summary,
    DateOnly? ReceivedOn, DateOnly? DiscoveredOn, DateOnly? ActDate);

public sealed class RegisterLeadHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(RegisterLead command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.Officer);
        var orgId = db.Actor.RequireOrganization();
        var entityId = Input.Required(command.EntityId, "entityId", "当事人（监管对象）");
        var party = await db.Set<RegulatedEntity>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == entityId, ct)
            ?? throw Input.Invalid("entity.not-found", "entityId", "当事人不存在，请先在监管对象名录中登记");
        var source = CaseNames.Parse<CaseSource>(command.Source, CaseNames.Of)
            ?? throw Input.Invalid("validation.case-source", "source", "请选择案件来源");
        Specialty? specialty = null;
        if (!string.IsNullOrWhiteSpace(command.Specialty))
        {
            specialty = Specialties.Parse(command.Specialty) ?? throw Input.Invalid("validation.specialty", "specialty", "专业类别不正确");
        }

        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var c = PenaltyCase.Register(
            Guid.CreateVersion7(now), orgId, await NextNumberAsync(db, orgId, today.Year, ct), party, source, command.SourceReference, specialty,
            command.Cause, command.Summary, command.ReceivedOn ?? today, command.DiscoveredOn, command.ActDate, today, now, db.Actor.Name);
        db.Set<PenaltyCase>().Add(c);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.RegisterLead, new { Party = c.PartyName, c.Cause, Source = CaseNames.Of(source) }, ct);
    }

    /// <summary>年份+序号 (R-PEN-33): the next serial of the year in the organisation; the unique index refuses a duplicate under a race.</summary>
    internal static async Task<string> NextNumberAsync(WeijianDb db, Guid orgId, int year, CancellationToken ct)
    {
        var prefix = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var last = await db.Set<PenaltyCase>().Where(c => c.OrganizationId == orgId && c.Number.StartsWith(prefix))
            .OrderByDescending(c => c.Number).Select(c => c.Number).FirstOrDefaultAsync(ct);
        var next = last is null ? 1 : int.Parse(last[4..], System.Globalization.CultureInfo.InvariantCulture) + 1;
        return $"{prefix}{next:0000}";
    }
}
