namespace Weijian.Platform.Persistence;

/// <summary>
/// An ASP.NET data-protection key ring element, kept in the database so that every web node can read the
/// cookies and API tokens any other node issued (DESIGN "Scale": no state outside the database).
/// </summary>
public sealed class DataProtectionKeyRecord
{
    public int Id { get; set; }

    public string FriendlyName { get; set; } = "";

    public string Xml { get; set; } = "";
}
