using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Visits;
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
/// With <see cref="InspectionId"/> the lead comes from a completed inspection (转立案, issue #4): the entity, specialty,
/// source (监督检查), source reference (the inspection number) and summary (its findings) are taken from it, and the
/// inspection records the case. Enforcement depends on Inspections, never the reverse.
/// </summary>
public sealed record RegisterLead(
    Guid? EntityId, string? Source, string? SourceReference, string? Specialty, string? Cause, string? Summary,
    DateOnly? ReceivedOn, DateOnly? DiscoveredOn, DateOnly? ActDate, Guid? InspectionId = null);

public sealed class RegisterLeadHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(RegisterLead command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.Officer);
        var orgId = db.Actor.RequireOrganization();
        Inspection? inspection = null;
        if (command.InspectionId is { } inspectionId)
        {
            inspection = await db.Set<Inspection>().SingleOrDefaultAsync(i => i.Id == inspectionId, ct) ?? throw InspectionSteps.NotFound();
            InspectionWorkflow.Check(InspectionAction.HandToEnforcement, inspection.Status, db.Actor);
            command = command with
            {
                EntityId = inspection.EntityId,
                Source = nameof(CaseSource.Inspection),
                SourceReference = $"监督检查{inspection.Number}",
                Specialty = inspection.Specialty.ToString(),
                Summary = string.IsNullOrWhiteSpace(command.Summary) ? InspectionSummary(inspection) : command.Summary,
                DiscoveredOn = command.DiscoveredOn ?? inspection.CompletedOn ?? inspection.StartedOn,
            };
        }

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
        if (inspection is not null)
        {
            inspection.LinkCase(c.Id, c.Number, db.Actor, now);
            db.Audit(orgId, InspectionSteps.AuditAction("hand-to-enforcement"), InspectionSteps.SubjectType, inspection.Id.ToString(), new { inspection.Number, Case = c.Number, c.Cause });
        }

        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.RegisterLead, new { Party = c.PartyName, c.Cause, Source = CaseNames.Of(source) }, ct);
    }

    private static string InspectionSummary(Inspection i)
    {
        var failed = i.Checklist.Where(l => l.Result == CheckResult.Fail).Select(l => l.Line + (string.IsNullOrEmpty(l.Note) ? "" : "（" + l.Note + "）"));
        var text = $"{i.CompletedOn ?? i.PlannedOn:yyyy年M月d日}监督检查（{i.Number}）发现：{string.Join("；", failed.Append(i.Findings ?? "").Where(x => x.Length > 0))}";
        return text.Length > PenaltyCase.TextMax ? text[..PenaltyCase.TextMax] : text;
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
