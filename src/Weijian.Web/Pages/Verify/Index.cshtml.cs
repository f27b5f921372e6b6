using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Documents;
using Weijian.Web.Api;

namespace Weijian.Web.Pages.Verify;

/// <summary>
/// 文书核验: the public page a document's QR code opens (no sign-in). It shows the document's title, number, issuing
/// authority, date, SHA-256 and status, and compares an uploaded copy with the original. Unknown ids get a 404 page.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(VerifyDocumentHandler verify, VerifyDocumentFileHandler check) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public PublicDocumentView? Document { get; private set; }

    public DocumentFileCheck? Check { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Document = await verify.HandleAsync(new VerifyDocument(Id), ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            Check = await check.HandleAsync(new VerifyDocumentFile(Id, await DocumentUploads.ReadAsync(Upload, ct)), ct);
            Document = Check.Document;
            return Page();
        },
        async () => Document = await verify.HandleAsync(new VerifyDocument(Id), ct));
}
