using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Spreadsheets;
using Weijian.Registry.Entities;

namespace Weijian.Registry.Officers.Import;

/// <summary>
/// A prepared download: the permission and the filters are checked when it is made (so a bad filter is a 400 before
/// any byte is sent); <see cref="WriteAsync"/> then streams the workbook.
/// </summary>
public sealed record SpreadsheetDownload(string FileName, string ContentType, Func<Stream, CancellationToken, Task<int>> WriteAsync);

/// <summary>
/// The entity list, filtered as on the list page (<see cref="ListEntities"/>: name, credit code, specialty, sub-type,
/// region, risk tier, grade, status, sort), exported to .xlsx — streamed from one query, so a large register does not
/// fill memory. The first columns are those of the import template.
/// </summary>
public sealed record ExportEntities(ListEntities Filter);

public sealed class ExportEntitiesHandler(WeijianDb db, ListEntitiesHandler list)
{
    private static readonly ExportColumn<RegulatedEntityView>[] Columns =
    [
        new(EntityImportKind.NameHeader, e => e.Name, 32),
        new(EntityImportKind.PartyKindHeader, e => e.PartyKindName, 8),
        new(EntityImportKind.CreditCodeHeader, e => e.CreditCode, 22),
        new(EntityImportKind.LegalRepresentativeHeader, e => e.LegalRepresentative, 12),
        new(EntityImportKind.AddressHeader, e => e.Address, 36),
        new(EntityImportKind.RegionCodeHeader, e => e.RegionCode, 10),
        new(EntityImportKind.SpecialtyHeader, e => e.SpecialtyName, 14),
        new(EntityImportKind.SubTypeHeader, e => e.SubTypeName, 16),
        new(EntityImportKind.BusinessScaleHeader, e => e.BusinessScaleName, 8),
        new(EntityImportKind.RiskTierHeader, e => e.RiskTierName, 8),
        new(EntityImportKind.CreditGradeHeader, e => e.CreditGrade, 8),
        new(EntityImportKind.HygieneGradeHeader, e => e.HygieneGradeName, 8),
        new(EntityImportKind.ContactPersonHeader, e => e.ContactPerson, 10),
        new(EntityImportKind.ContactPhoneHeader, e => e.ContactPhone, 14),
        new(EntityImportKind.NotesHeader, e => e.Notes, 24),
        new("状态", e => e.StatusName, 8),
        new("状态变更日期", e => e.StatusChangedOn, 12),
        new("状态变更原因", e => e.StatusReason, 20),
        new("登记时间", e => e.CreatedAt, 18),
        new("最后修改时间", e => e.UpdatedAt, 18),
    ];

    public Task<SpreadsheetDownload> HandleAsync(ExportEntities command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.RequireOrganization();
        var filter = command.Filter ?? new ListEntities();
        var query = ListEntitiesHandler.Order(list.Filter(filter), filter.Sort).AsNoTracking();
        var rows = query.AsAsyncEnumerable().Select(RegulatedEntityView.From);
        return Task.FromResult(new SpreadsheetDownload(
            "监管对象名录.xlsx",
            SpreadsheetExport.ContentType,
            (output, token) => SpreadsheetExport.WriteAsync(output, "监管对象", Columns, rows, token)));
    }
}

/// <summary>The officer list, filtered as on the list page (<see cref="ListOfficers"/>), exported to .xlsx.</summary>
public sealed record ExportOfficers(ListOfficers Filter);

public sealed class ExportOfficersHandler(ListOfficersHandler list)
{
    private static readonly ExportColumn<OfficerListItem>[] Columns =
    [
        new("姓名", o => o.Name, 10),
        new(OfficerImportKind.CredentialNumberHeader, o => o.CredentialNumber, 20),
        new(OfficerImportKind.ValidUntilHeader, o => o.ValidUntil, 12),
        new("执法证状态", o => o.ValidityName, 10),
        new("人员状态", o => o.StatusName, 10),
        new(OfficerImportKind.SpecialtiesHeader, o => string.Join("、", o.SpecialtyNames), 30),
        new("法律职业资格", o => o.HasLegalQualification, 12),
        new("培训年度", o => o.TrainingYear, 10),
        new("培训学时", o => o.TrainingHours, 10),
        new("要求学时", o => o.RequiredHours, 10),
        new("学时达标", o => o.MeetsTraining, 10),
        new(OfficerImportKind.UserNameHeader, o => o.UserName, 16),
    ];

    public async Task<SpreadsheetDownload> HandleAsync(ExportOfficers command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var filter = (command.Filter ?? new ListOfficers()) with { Page = 1, PageSize = Paged.MaxPageSize };
        var first = await list.HandleAsync(filter, ct); // checks the permission and the filters before anything is sent
        return new SpreadsheetDownload(
            "执法人员名录.xlsx",
            SpreadsheetExport.ContentType,
            (output, token) => SpreadsheetExport.WriteAsync(output, "执法人员", Columns, AllPages(first, filter, token), token));
    }

    private async IAsyncEnumerable<OfficerListItem> AllPages(Paged<OfficerListItem> first, ListOfficers filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var page = first;
        while (true)
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (page.Page >= page.PageCount)
            {
                yield break;
            }

            page = await list.HandleAsync(filter with { Page = page.Page + 1 }, ct);
        }
    }
}
