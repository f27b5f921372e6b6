using System.Text.RegularExpressions;

namespace Weijian.Tests.Architecture;

/// <summary>docs/architecture.md's dependency table is the law of the code base; these tests enforce it on the sources.</summary>
public partial class ModuleDependencyTests
{
    private static readonly string Source = Path.Combine(RepositoryRoot.Path, "src", "Weijian");

    [Fact]
    public void Every_module_references_only_the_modules_docs_architecture_allows()
    {
        var allowed = AllowedDependencies();
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/bin/")))
        {
            var module = Path.GetRelativePath(Source, file).Split(Path.DirectorySeparatorChar)[0];
            if (module.EndsWith(".cs", StringComparison.Ordinal))
            {
                violations.Add($"{file}: source files belong in a module folder or Platform/");
                continue;
            }

            allowed.ContainsKey(module).ShouldBeTrue($"module folder '{module}' is missing from docs/architecture.md");
            foreach (Match m in ModuleReference().Matches(File.ReadAllText(file)))
            {
                var target = m.Groups[1].Value;
                if (target != module && allowed.ContainsKey(target) && !allowed[module].Contains(target))
                {
                    violations.Add($"{Path.GetRelativePath(RepositoryRoot.Path, file)}: {module} → {target}");
                }
            }
        }

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void Platform_depends_on_no_business_module()
    {
        AllowedDependencies()["Platform"].ShouldBeEmpty();
    }

    [Fact]
    public void No_type_is_named_manager_helper_util_or_common()
    {
        var bad = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
            .SelectMany(f => TypeDeclaration().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(name => BannedName().IsMatch(name))
            .ToList();
        bad.ShouldBeEmpty();
    }

    private static Dictionary<string, HashSet<string>> AllowedDependencies()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "architecture.md"));
        var section = doc[doc.IndexOf("## Allowed dependencies", StringComparison.Ordinal)..];
        var table = new Dictionary<string, HashSet<string>>();
        foreach (Match row in TableRow().Matches(section))
        {
            var deps = row.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(d => d != "—").ToHashSet();
            table[row.Groups[1].Value] = deps;
        }

        table.ShouldContainKey("Platform");
        return table;
    }

    [GeneratedRegex(@"\bWeijian\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex ModuleReference();

    [GeneratedRegex(@"^\| ([A-Z][A-Za-z]+) \| ([^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex("(Manager|Helper|Util|Utils|Common)$")]
    private static partial Regex BannedName();
}
