using Microsoft.AspNetCore.Mvc;
using Weijian.Registry.Entities;

namespace Weijian.Web.Pages.Registry.Entities;

/// <summary>修改监管对象信息; the old and new values go into the audit chain.</summary>
public sealed class EditModel(GetEntityHandler get, UpdateEntityHandler update) : EntityFormModel
{
    public RegulatedEntityView? Target { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        Target = await get.HandleAsync(new GetEntity(id), ct);
        Fill(Target);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) => RunFormAsync(
        async () =>
        {
            var entity = await update.HandleAsync(new UpdateEntity(id, ToDetails()), ct);
            SetFlash($"已保存监管对象“{entity.Name}”的信息。");
            return RedirectToPage("/Registry/Entities/Details", new { id });
        },
        async () => Target = await get.HandleAsync(new GetEntity(id), ct));
}
