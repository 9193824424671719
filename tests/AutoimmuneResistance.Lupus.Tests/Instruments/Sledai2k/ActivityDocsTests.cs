using System.Reflection;
using System.Text;
using System.Text.Json;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

// Keeps docs/instruments/sle.sledai-2k.md and sle.sri-4.md in step with the code: the worked example shown is the real
// output for the input shown, and every diagnostic code is documented.
public sealed class ActivityDocsTests
{
    public static TheoryData<string, string, Type> Pages => new()
    {
        { "sle.sledai-2k.md", "sle.sledai-2k", typeof(Sledai2kDiagnosticCodes) },
        { "sle.sri-4.md", "sle.sri-4", typeof(Sri4DiagnosticCodes) },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_worked_example_is_the_real_output(string page, string id, Type codes)
    {
        _ = codes;
        var text = Read(page);
        var input = JsonBlockAfter(text, "## JSON input");
        var shown = JsonBlockAfter(text, "re-indented:");

        var computation = ActivityTestModule.Pipeline.ComputeInstrument(InstrumentId.Create(id), Encoding.UTF8.GetBytes(input));

        Assert.False(computation.HasErrors, string.Join("\n", computation.Diagnostics));
        using var expected = JsonDocument.Parse(shown);
        using var actual = JsonDocument.Parse(computation.ResultJson!.Value);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement), $"{page} shows an output that differs from the real one:\n{computation.ResultText()}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_diagnostic_code_is_documented(string page, string id, Type codes)
    {
        _ = id;
        var text = Read(page);
        foreach (var field in codes.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            Assert.Contains($"| {field.GetRawConstantValue()} | `{field.Name}`", text, StringComparison.Ordinal);
        }
    }

    private static string Read(string page)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AutoimmuneResistance.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return File.ReadAllText(Path.Combine(directory.FullName, "docs", "instruments", page));
    }

    private static string JsonBlockAfter(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{marker}' not found");
        var start = text.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        var end = text.IndexOf("```", start, StringComparison.Ordinal);
        return text[start..end];
    }
}
