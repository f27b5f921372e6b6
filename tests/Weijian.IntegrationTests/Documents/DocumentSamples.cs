using System.Text;
using Weijian.Platform.Documents;

namespace Weijian.IntegrationTests.Documents;

/// <summary>The full sample content of each template (tests/Weijian.Tests/Platform/Documents/Samples), shared with the unit tests.</summary>
internal static class DocumentSamples
{
    private static readonly string Directory = Path.Combine(Root(), "tests", "Weijian.Tests", "Platform", "Documents", "Samples");

    public static DocumentContent Load(string templateKey) =>
        DocumentContent.ParseJson(File.ReadAllText(Path.Combine(Directory, templateKey + ".json"), Encoding.UTF8));

    internal static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Weijian.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Weijian.slnx not found above " + AppContext.BaseDirectory);
    }
}
