using Weijian.Platform.Rules;

namespace Weijian.Web.Cli;

/// <summary>
/// The parsed command line: verb words, then <c>--name value</c> / <c>--name=value</c> options and positional
/// arguments. Unknown options are an error (exit code 2), never silently ignored.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private CommandLine(List<string> positional) => Positional = positional;

    public List<string> Positional { get; }

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var line = new CommandLine(positional);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a is "-h" or "--help")
            {
                line._options["help"] = "true";
                continue;
            }

            if (!a.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(a);
                continue;
            }

            var eq = a.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                line._options[a[2..eq]] = a[(eq + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                line._options[a[2..]] = args[++i];
            }
            else
            {
                line._options[a[2..]] = "true";
            }
        }

        return line;
    }

    public bool Help => _options.ContainsKey("help");

    public string? Option(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var v) ? v : null;
    }

    public string RequiredOption(string name, string label) =>
        Option(name) is { Length: > 0 } v ? v : throw Usage($"缺少参数 --{name}（{label}）");

    public int IntOption(string name, string label)
    {
        var raw = RequiredOption(name, label);
        return int.TryParse(raw, out var value) ? value : throw Usage($"参数 --{name} 应为整数：{raw}");
    }

    public DateOnly DateOption(string name, string label)
    {
        var raw = RequiredOption(name, label);
        return DateOnly.TryParseExact(raw, "yyyy-MM-dd", out var value) ? value : throw Usage($"参数 --{name} 应为日期 yyyy-MM-dd：{raw}");
    }

    /// <summary>Call after reading every option a verb knows.</summary>
    public void RejectUnknownOptions()
    {
        var unknown = _options.Keys.Where(k => k != "help" && !_used.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw Usage("未知参数：" + string.Join(", ", unknown.Select(u => "--" + u)));
        }
    }

    public static DomainRuleException Usage(string message) => new("cli.usage", message);
}
