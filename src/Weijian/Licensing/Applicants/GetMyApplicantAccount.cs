using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applicants;

/// <summary>The signed-in applicant's own account (to pre-fill the online application and show who is signed in).</summary>
public sealed record GetMyApplicantAccount;

public sealed class GetMyApplicantAccountHandler(WeijianDb db)
{
    public async Task<ApplicantAccountView> HandleAsync(GetMyApplicantAccount query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var me = ApplicantSession.Require(db.Actor);
        var account = await db.Set<ApplicantAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == me, ct)
            ?? throw DomainRuleException.Forbidden("applicant.sign-in-required", "申请人账号已失效，请重新登录");
        return ApplicantAccountView.From(account);
    }
}
