namespace Weijian.Web.Pages.Account;

public sealed class AccessDeniedModel : WeijianPageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
