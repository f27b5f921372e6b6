using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// 现场检查笔录 / 询问笔录 / 抽样 …: an on-site act with at least two officers eligible on its date (R-PEN-12, R-OFF-1),
/// its content, and its audio/video record — attached, or the reason it is missing when the activity is on the
/// 音像记录事项清单 (R-TRS-6). Files are uploaded first (content-addressed) and referenced by SHA-256.
/// </summary>
public sealed record RecordOnSiteAct(
    Guid CaseId, string? Kind, string? Title, DateOnly? Date, string? Place, IReadOnlyList<Guid>? OfficerIds, string? Subject, string? Content,
    string? FileSha256, string? FileName, bool AvRequired, string? AvFileSha256, string? AvMissingReason) : ICaseCommand;

public sealed class RecordOnSiteActHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(RecordOnSiteAct command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.RecordOnSiteAct, ct);
        var kind = CaseNames.Parse<CaseActKind>(command.Kind, CaseNames.Of) is { } k && k <= CaseActKind.ServiceOnSite
            ? k : throw Input.Invalid("validation.act-kind", "kind", "请选择现场执法活动类型（现场检查、询问、抽样、先行登记保存、现场送达）");
        var today = ChinaClock.Today(clock);
        var date = command.Date ?? today;
        var officers = await PenaltyCaseSteps.OfficersAsync(db, command.OfficerIds, date, c.EntityId, ct);
        var act = c.RecordAct(
            kind, command.Title, date, command.Place, officers, command.Subject, command.Content, FileRef(command.FileSha256, command.FileName),
            command.AvRequired, FileRef(command.AvFileSha256, "音像记录"), command.AvMissingReason, today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.RecordOnSiteAct, new { act.Id, Kind = CaseNames.Of(act.Kind), act.Date, Officers = act.Officers.Select(o => o.Name), act.AvFileSha256 }, ct);
    }

    internal static StoredFileRef? FileRef(string? sha256, string? name)
    {
        var hash = sha256?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(hash))
        {
            return null;
        }

        if (hash.Length != 64 || !hash.All(Uri.IsHexDigit))
        {
            throw Input.Invalid("validation.sha256", "fileSha256", "文件摘要应为64位十六进制SHA-256");
        }

        return new StoredFileRef(hash, Input.Text(name ?? "附件", "fileName", "文件名", 200));
    }
}

/// <summary>书证、物证、视听资料、电子数据、证人证言、当事人陈述、鉴定意见 (R-PEN-13), with the file when there is one.</summary>
public sealed record AddEvidence(Guid CaseId, string? Kind, string? Title, DateOnly? Date, string? Description, string? FileSha256, string? FileName) : ICaseCommand;

public sealed class AddEvidenceHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(AddEvidence command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.AddEvidence, ct);
        var kind = CaseNames.Parse<CaseActKind>(command.Kind, CaseNames.Of) is { } k && k > CaseActKind.ServiceOnSite
            ? k : throw Input.Invalid("validation.evidence-kind", "kind", "请选择证据种类（书证、物证、视听资料、电子数据、证人证言、当事人陈述、鉴定意见）");
        var today = ChinaClock.Today(clock);
        var act = c.RecordAct(
            kind, command.Title, command.Date ?? today, null, [], null, command.Description, RecordOnSiteActHandler.FileRef(command.FileSha256, command.FileName),
            false, null, null, today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.AddEvidence, new { act.Id, Kind = CaseNames.Of(act.Kind), act.Title, act.FileSha256 }, ct);
    }
}
