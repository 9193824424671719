using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

// Each docs/instruments/<id>.md page holds examples as fenced blocks: "```json input <instrument-id>" followed by
// "```json result". The result block must be what the code computes from the input block. Set AIR_REGENERATE_DOCS=1 to
// rewrite the result blocks from the code.
public sealed partial class InstrumentDocsTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("sle.lldas.md")]
    [InlineData("sle.doris-remission.md")]
    [InlineData("sle.glucocorticoid-exposure.md")]
    [InlineData("sle.hydroxychloroquine.md")]
    [InlineData("sle.lupus-nephritis-response.md")]
    public void Documented_results_are_what_the_code_computes(string page)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "instruments", page);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var matches = Example().Matches(text);
        Assert.NotEmpty(matches);
        var regenerated = new StringBuilder(text);
        foreach (var match in matches.Reverse())
        {
            var instrument = InstrumentId.Create(match.Groups["id"].Value);
            var input = match.Groups["input"].Value;
            var computation = TargetWorkedExamples.Pipeline.ComputeInstrument(instrument, Encoding.UTF8.GetBytes(input));
            Assert.False(computation.HasErrors, $"{page} {instrument}: {string.Join("; ", computation.Diagnostics)}");
            var actual = JsonNode.Parse(computation.ResultText()!)!.ToJsonString(Indented).ReplaceLineEndings("\n");
            var group = match.Groups["result"];
            if (Environment.GetEnvironmentVariable("AIR_REGENERATE_DOCS") == "1")
            {
                regenerated.Remove(group.Index, group.Length).Insert(group.Index, actual + "\n");
                continue;
            }

            Assert.True(
                JsonNode.DeepEquals(JsonNode.Parse(group.Value), JsonNode.Parse(actual)),
                $"{page}: the documented {instrument} result differs from the computed one:\n{actual}");
        }

        if (Environment.GetEnvironmentVariable("AIR_REGENERATE_DOCS") == "1")
        {
            File.WriteAllText(path, regenerated.ToString());
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AutoimmuneResistance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex(@"```json input (?<id>[a-z0-9.\-]+)\n(?<input>.*?)```\n+```json result\n(?<result>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
