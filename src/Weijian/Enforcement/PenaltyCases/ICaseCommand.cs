namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// A command on an existing case. Each row of <see cref="CaseWorkflow.Table"/> has a record of this kind named exactly as
/// its <see cref="CaseAction"/> (<c>ApproveFiling</c>) with a handler <c>ApproveFilingHandler</c>, so the API's
/// <c>/api/v1/cases/{id}/actions/{action}</c> finds both by name (a test checks that every row has them).
/// </summary>
public interface ICaseCommand
{
    Guid CaseId { get; }
}
