namespace Weijian.Tests;

internal static class RepositoryRoot
{
    /// <summary>The checkout's root: the first ancestor of the test binary holding Weijian.slnx.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Weijian.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Weijian.slnx not found above " + AppContext.BaseDirectory);
    }
}
