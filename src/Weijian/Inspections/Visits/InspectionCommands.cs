using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Plans;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Files;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Catalogs;
using Weijian.Registry.Entities;

namespace Weijian.Inspections.Visits;

/// <summary>
/// 登记非随机检查任务 (R-INS-9): a complaint, referral, follow-up, licensing site check or campaign at one entity, with its
/// reason, items and due date; makes the task and its one target (random tasks come from plans, wip/plans).
/// </summary>
public sealed record OpenTargetedTask(Guid? EntityId, string? Kind, string? Reason, IReadOnlyList<string>? ItemCodes, DateOnly? DueBy, IReadOnlyList<Guid>? OfficerIds);

public sealed record OpenedTask(Guid TaskId, Guid TargetId);

public sealed class OpenTargetedTaskHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OpenedTask> HandleAsync(OpenTargetedTask command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.Officer, Roles.BureauHead);
        var orgId = db.Actor.RequireOrganization();
        var entityId = Input.Required(command.EntityId, "entityId", "检查对象");
        var entity = await db.Set<RegulatedEntity>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == entityId, ct)
            ?? throw Input.Invalid("entity.not-found", "entityId", "检查对象不存在");
        var kind = InspectionNames.Parse<InspectionKind>(command.Kind, InspectionNames.Of, "kind", "检查类型");
        if (kind == InspectionKind.Random)
        {
            throw Input.Invalid("validation.kind", "kind", "双随机抽查任务由抽查计划下达，不能直接登记");
        }

        var reason = Input.Text(command.Reason, "reason", "检查事由（如投诉编号、交办文号）", InspectionTask.ReasonMax);
        var due = Input.Required(command.DueBy, "dueBy", "完成时限");
        var today = ChinaClock.Today(clock);
        var codes = (command.ItemCodes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToList();
        var catalog = await db.Set<CatalogItem>().AsNoTracking().Where(c => c.Kind == CatalogKind.InspectionItem).ToListAsync(ct);
        if (codes.Count == 0)
        {
            // Default: the entity's specialty's items in force (a complaint check covers what the entity is licensed for).
            codes = [.. catalog.Where(c => c.VersionOn(today)?.Specialty == entity.Specialty).Select(c => c.Code).OrderBy(c => c, StringComparer.Ordinal).Take(2)];
        }

        var items = new List<PlanItem>();
        foreach (var code in codes)
        {
            var v = catalog.FirstOrDefault(c => c.Code == code)?.VersionOn(today)
                ?? throw Input.Invalid("validation.item-code", "itemCodes", $"检查事项{code}不在本单位随机抽查事项清单中");
            items.Add(new PlanItem(code, v.Name, v.Specialty ?? entity.Specialty, v.Level ?? InspectionLevel.General));
        }

        var officerIds = (command.OfficerIds ?? []).Distinct().ToList();
        if (officerIds.Count > 0)
        {
            // Officers named now must already be able to act at this entity (R-OFF-1, recusal R-PEN-12); the visit checks again on its date.
            var covered = items.Select(i => new CoveredTarget(Guid.Empty, Guid.Empty, kind, i.Specialty, [i.Code], false)).ToList();
            await InspectionPlanning.OfficersAsync(db, officerIds, today, entity, covered, ct);
        }

        var now = clock.GetUtcNow();
        var (task, target) = Open(orgId, entity, kind, reason, items, due, officerIds, now, db.Actor.Name);
        db.Set<InspectionTask>().Add(task);
        db.Set<InspectionTarget>().Add(target);
        db.Audit(orgId, InspectionSteps.AuditAction("open-task"), nameof(InspectionTask), task.Id.ToString(), new
        {
            task.Title,
            Kind = InspectionNames.Of(kind),
            task.Reason,
            Entity = entity.Name,
            DueBy = due,
        });
        await db.SaveChangesAsync(ct);
        return new OpenedTask(task.Id, target.Id);
    }

    /// <summary>
    /// For a module that must open an exempt task inside its own unit of work (告知承诺核查 from Licensing, R-LIC-12;
    /// exempt from the yearly cap, R-INS-9): the entity's specialty's items in force, no officers named yet. Adds the
    /// task and its target; the caller saves.
    /// </summary>
    public static async Task<OpenedTask> OpenWithinAsync(
        WeijianDb db, RegulatedEntity entity, InspectionKind kind, string reason, DateOnly due, DateOnly today, DateTimeOffset now, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        if (kind is InspectionKind.Random or InspectionKind.Routine or InspectionKind.SpecialCampaign)
        {
            throw new ArgumentException("Only exempt kinds open within another module's unit of work (R-INS-9).", nameof(kind));
        }

        var catalog = await db.Set<CatalogItem>().AsNoTracking().Where(c => c.Kind == CatalogKind.InspectionItem).ToListAsync(ct);
        var items = catalog.Select(c => (c.Code, Version: c.VersionOn(today))).Where(c => c.Version?.Specialty == entity.Specialty)
            .OrderBy(c => c.Code, StringComparer.Ordinal).Take(2)
            .Select(c => new PlanItem(c.Code, c.Version!.Name, c.Version.Specialty ?? entity.Specialty, c.Version.Level ?? InspectionLevel.General)).ToList();
        var (task, target) = Open(entity.OrganizationId, entity, kind, reason, items, due, [], now, by);
        db.Set<InspectionTask>().Add(task);
        db.Set<InspectionTarget>().Add(target);
        db.Audit(entity.OrganizationId, InspectionSteps.AuditAction("open-task"), nameof(InspectionTask), task.Id.ToString(), new
        {
            task.Title,
            Kind = InspectionNames.Of(kind),
            task.Reason,
            Entity = entity.Name,
            DueBy = due,
        });
        return new OpenedTask(task.Id, target.Id);
    }

    internal static (InspectionTask Task, InspectionTarget Target) Open(
        Guid orgId, RegulatedEntity entity, InspectionKind kind, string reason, IReadOnlyList<PlanItem> items, DateOnly due, IEnumerable<Guid> officerIds, DateTimeOffset now, string by)
    {
        var task = InspectionTask.Open(orgId, $"{InspectionNames.Of(kind)}：{entity.Name}", due.Year, kind, reason, due, items, now, by);
        var target = InspectionTarget.Create(task, entity.Id, entity.Name, items.Count > 0 ? items[0].Specialty : entity.Specialty, null, reason, items.Select(i => i.Code), null, officerIds, now);
        return (task, target);
    }
}

public sealed record StartInspection(Guid InspectionId);

public sealed class StartInspectionHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<InspectionView> HandleAsync(StartInspection command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var i = await InspectionSteps.LoadAsync(db, command.InspectionId, ct);
        i.Start(ChinaClock.Today(clock), db.Actor, clock.GetUtcNow());
        return await InspectionSteps.FinishAsync(db, clock, i, "start", null, ct);
    }
}

public sealed record ChecklistResultInput(int Index, string? Result, string? Note);

public sealed record MeasurementInput(string? Indicator, string? Value, string? Unit, string? Standard, bool? Compliant);

/// <summary>记录检查情况: results of checklist lines (合格 / 不合格 / 不适用 + note), on-site measurements, findings.</summary>
public sealed record RecordInspection(Guid InspectionId, IReadOnlyList<ChecklistResultInput>? Lines, IReadOnlyList<MeasurementInput>? Measurements, string? Findings);

public sealed class RecordInspectionHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<InspectionView> HandleAsync(RecordInspection command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var i = await InspectionSteps.LoadAsync(db, command.InspectionId, ct);
        var lines = (command.Lines ?? []).Select(l => (l.Index, string.IsNullOrWhiteSpace(l.Result)
            ? (CheckResult?)null
            : InspectionNames.Parse<CheckResult>(l.Result, InspectionVisitNames.Of, "lines", "检查结果"), l.Note)).ToList();
        var measurements = command.Measurements?.Select((m, n) => new Measurement(
            Input.Text(m.Indicator, "measurements", $"第{n + 1}项检测指标", 100), Input.Text(m.Value, "measurements", $"第{n + 1}项测定值", 50),
            Input.OptionalText(m.Unit, "measurements", "单位", 20), Input.OptionalText(m.Standard, "measurements", "标准", 100),
            Input.Required(m.Compliant, "measurements", $"第{n + 1}项是否合格"))).ToList();
        i.Record(lines, measurements, command.Findings, db.Actor, clock.GetUtcNow());
        return await InspectionSteps.FinishAsync(db, clock, i, "record", new { Lines = lines.Count, Measurements = measurements?.Count }, ct);
    }
}

/// <summary>上传证据材料: a photo, document or audio/video recording, stored by its SHA-256 (Platform/Files).</summary>
public sealed record AddInspectionEvidence(Guid InspectionId, string? Kind, string? FileName, byte[]? Content);

public sealed class AddInspectionEvidenceHandler(WeijianDb db, FileStore files, TimeProvider clock)
{
    public const long MaxBytes = 200L * 1024 * 1024;

    public async Task<InspectionView> HandleAsync(AddInspectionEvidence command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var i = await InspectionSteps.LoadAsync(db, command.InspectionId, ct);
        InspectionWorkflow.Check(InspectionAction.AddEvidence, i.Status, db.Actor);
        var kind = InspectionNames.Parse<EvidenceKind>(command.Kind, InspectionVisitNames.Of, "kind", "材料类型");
        var name = Input.Text(command.FileName, "file", "文件名", 200);
        if (command.Content is not { Length: > 0 } content)
        {
            throw Input.Invalid("validation.required", "file", "请选择要上传的文件");
        }

        var stored = await files.SaveAsync(content, ct);
        var now = clock.GetUtcNow();
        i.AddEvidence(new EvidenceFile(stored.Sha256, name, kind, stored.Size, now, db.Actor.Name), db.Actor, now);
        return await InspectionSteps.FinishAsync(db, clock, i, "add-evidence", new { FileName = name, Kind = InspectionVisitNames.Of(kind), stored.Sha256 }, ct);
    }
}

/// <summary>Reads an evidence file, verifying its SHA-256: a file changed on disk is refused with <c>inspection.evidence-tampered</c>, never served.</summary>
public sealed record OpenInspectionEvidence(Guid InspectionId, string Sha256);

public sealed record EvidenceContent(string FileName, string ContentType, byte[] Content);

public sealed class OpenInspectionEvidenceHandler(WeijianDb db, FileStore files)
{
    public async Task<EvidenceContent> HandleAsync(OpenInspectionEvidence command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.Officer, Roles.BureauHead, Roles.LegalReviewer, Roles.DisclosureClerk, Roles.SystemAdministrator);
        var i = await db.Set<Inspection>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == command.InspectionId, ct) ?? throw InspectionSteps.NotFound();
        var e = i.Evidence.FirstOrDefault(x => string.Equals(x.Sha256, command.Sha256, StringComparison.OrdinalIgnoreCase))
            ?? throw DomainRuleException.NotFound("inspection.evidence-not-found", "该检查记录没有这份证据材料");
        try
        {
            var bytes = await files.ReadAllBytesAsync(e.Sha256, verify: true, ct);
            return new EvidenceContent(e.FileName, ContentTypeOf(e.FileName), bytes);
        }
        catch (DomainRuleException x) when (x.Code == "file.integrity")
        {
            throw DomainRuleException.Conflict("inspection.evidence-tampered", $"证据材料“{e.FileName}”的存储内容与登记的SHA-256不一致，可能已被改动，拒绝提供：{x.Message}");
        }
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name).ToUpperInvariant() switch
    {
        ".JPG" or ".JPEG" => "image/jpeg",
        ".PNG" => "image/png",
        ".PDF" => "application/pdf",
        ".MP4" => "video/mp4",
        ".MP3" => "audio/mpeg",
        ".M4A" => "audio/mp4",
        ".WAV" => "audio/wav",
        _ => "application/octet-stream",
    };
}
