using Microsoft.AspNetCore.Mvc;
using Weijian.Credit;

namespace Weijian.Web.Pages.Credit;

/// <summary>窗口代为提交信用修复申请: a window clerk or officer enters the application and the evidence for the entity.</summary>
public sealed class ApplyModel(ApplyForCreditRepairHandler apply) : WeijianPageModel
{
    [BindProperty]
    public RepairForm Form { get; set; } = new();

    public IActionResult OnGet() => Page();

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var request = await apply.HandleAsync(await Form.ToCommandAsync(null, ct), ct);
        SetFlash($"信用修复申请已登记，应于{Display.Date(request.DecisionDue)}前作出决定");
        return RedirectToPage("/Credit/Index", new { repairPending = true });
    });
}

/// <summary>The repair application form shared by the window page and the public credit page.</summary>
public sealed class RepairForm
{
    public string? CreditCode { get; set; }

    public string? DecisionNumber { get; set; }

    public string? Applicant { get; set; }

    public string? Contact { get; set; }

    public string? Statement { get; set; }

    public List<IFormFile> Files { get; set; } = [];

    public async Task<ApplyForCreditRepair> ToCommandAsync(Guid? organizationId, CancellationToken ct)
    {
        var uploads = new List<CreditEvidenceUpload>();
        foreach (var f in Files)
        {
            using var copy = new MemoryStream();
            await f.CopyToAsync(copy, ct);
            uploads.Add(new CreditEvidenceUpload(f.FileName, copy.ToArray()));
        }

        return new ApplyForCreditRepair(organizationId, CreditCode, DecisionNumber, Applicant, Contact, Statement, uploads);
    }
}
