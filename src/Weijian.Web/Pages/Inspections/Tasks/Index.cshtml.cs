using Microsoft.AspNetCore.Mvc;
using Weijian.Inspections.Plans;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.Inspections.Tasks;

/// <summary>检查任务: the bureau's tasks (pushed down by plans or opened here), filtered and paged, nearest deadline first.</summary>
public sealed class IndexModel(ListTasksHandler list) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Title { get; set; }

    public Paged<TaskSummary> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/Inspections/Tasks/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool Filtered => Year is not null || new[] { Kind, Status, Title }.Any(v => !string.IsNullOrWhiteSpace(v));

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListTasks(Year, Kind, Status, Title, page, pageSize ?? 20), ct);
        Pager = Pager.From(Result, "/Inspections/Tasks/Index", pageSize,
            ("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("kind", Kind), ("status", Status), ("title", Title));
        return Page();
    });
}
