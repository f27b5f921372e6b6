using Microsoft.AspNetCore.Mvc;
using Weijian.Registry.Provisions;

namespace Weijian.Web.Pages.Registry.Provisions;

/// <summary>One version of a law or rule: its metadata, the other versions of the same code, and the articles shipped.</summary>
public sealed class DetailsModel(GetLegalDocumentHandler get) : WeijianPageModel
{
    public LegalDocumentView? View { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        View = await get.HandleAsync(new GetLegalDocument(id), ct);
        return Page();
    });
}
