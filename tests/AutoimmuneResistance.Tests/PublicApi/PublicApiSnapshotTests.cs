using System.Text;

namespace AutoimmuneResistance.Tests.PublicApi;

/// <summary>
/// Compares the public surface of the library with the committed snapshot <c>PublicApi/AutoimmuneResistance.txt</c>,
/// so that every change of the public API shows up in review. To accept an intended change, run the test with
/// <c>UPDATE_PUBLIC_API=1</c> and commit the rewritten file.
/// </summary>
public sealed class PublicApiSnapshotTests
{
    private const string UpdateVariable = "UPDATE_PUBLIC_API";
    private const int MaxDiffLines = 200;

    private static string SnapshotPath =>
        Path.Combine(RepositoryPaths.Root, "tests", "AutoimmuneResistance.Tests", "PublicApi", "AutoimmuneResistance.txt");

    [Fact]
    public void The_public_api_matches_the_committed_snapshot()
    {
        var actual = PublicApiFormatter.Format(typeof(ResistancePipeline).Assembly);
        var path = SnapshotPath;
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (expected == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.Fail(
            $"The public API of AutoimmuneResistance differs from {Path.GetRelativePath(RepositoryPaths.Root, path)} " +
            "('-' only in the snapshot, '+' only in the assembly):\n\n" +
            Diff(expected, actual) +
            $"\nIf the change is intended, run `{UpdateVariable}=1 dotnet test tests/AutoimmuneResistance.Tests --filter PublicApiSnapshotTests` " +
            "and commit the updated snapshot with the change.");
    }

    [Fact]
    public void The_dump_is_deterministic_and_leaves_out_compiler_generated_members()
    {
        var first = PublicApiFormatter.Format(typeof(ResistancePipeline).Assembly);
        var second = PublicApiFormatter.Format(typeof(ResistancePipeline).Assembly);

        Assert.Equal(first, second);
        Assert.DoesNotContain("EqualityContract", first, StringComparison.Ordinal);
        Assert.DoesNotContain("<Clone>$", first, StringComparison.Ordinal);
        Assert.DoesNotContain("PrintMembers", first, StringComparison.Ordinal);
        Assert.DoesNotContain(" get_", first, StringComparison.Ordinal);
        Assert.DoesNotContain("JsonLinesReader", first, StringComparison.Ordinal); // internal
    }

    [Fact]
    public void The_dump_shows_signatures_modifiers_enum_values_and_constraints()
    {
        var api = PublicApiFormatter.Format(typeof(ResistancePipeline).Assembly);

        Assert.Contains("public sealed record AutoimmuneResistance.PatientProfile : System.IEquatable<PatientProfile>", api, StringComparison.Ordinal);
        Assert.Contains("    public required SubjectId Subject { get; init; }", api, StringComparison.Ordinal);
        Assert.Contains("    public int? BirthYear { get; init; }", api, StringComparison.Ordinal);
        Assert.Contains("    [JsonStringEnumMemberName(\"female\")] Female = 2", api, StringComparison.Ordinal);
        Assert.Contains("public static class AutoimmuneResistance.DiagnosticCodes", api, StringComparison.Ordinal);
        Assert.Contains("    public const string InvalidJson = \"AIR1001\"", api, StringComparison.Ordinal);
        Assert.Contains("    public const decimal MaxKilograms = 650", api, StringComparison.Ordinal);
        Assert.Contains("public interface AutoimmuneResistance.IIdentifier<TSelf> : System.IEquatable<TSelf>, System.IParsable<TSelf> where TSelf : struct, IIdentifier<TSelf>", api, StringComparison.Ordinal);
        Assert.Contains("    public static abstract IdentifierSyntax Syntax { get; }", api, StringComparison.Ordinal);
        Assert.Contains("    public T Get<T>() where T : DefinitionSet", api, StringComparison.Ordinal);
        Assert.Contains("    public System.Collections.Generic.IEnumerable<CohortOutcome> EvaluateCohort(System.Collections.Generic.IEnumerable<PatientProfile> patients, CohortOptions? options = null)", api, StringComparison.Ordinal);
        Assert.Contains("    public static IAutoimmuneResistanceBuilder AddAutoimmuneResistance(this Microsoft.Extensions.DependencyInjection.IServiceCollection services)", api, StringComparison.Ordinal);
        Assert.Contains("public abstract record AutoimmuneResistance.DefinitionSet", api, StringComparison.Ordinal);
        Assert.Contains("    public virtual System.Collections.Generic.IReadOnlyList<string> Validate()", api, StringComparison.Ordinal);
    }

    /// <summary>A line diff (longest common subsequence) that names the type each changed member belongs to.</summary>
    internal static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var output = new StringBuilder();
        var lines = 0;
        string? header = null;
        string? lastHeaderShown = null;
        void Emit(char sign, string line)
        {
            if (lines++ >= MaxDiffLines)
            {
                return;
            }

            if (line.StartsWith("    ", StringComparison.Ordinal) && header is not null && header != lastHeaderShown)
            {
                output.Append("  ").Append(header).Append('\n');
                lastHeaderShown = header;
            }

            if (line.Length > 0 && !line.StartsWith(' '))
            {
                header = lastHeaderShown = line;
            }

            output.Append(sign).Append(' ').Append(line).Append('\n');
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                if (a[x].Length > 0 && !a[x].StartsWith(' '))
                {
                    header = a[x];
                }

                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                Emit('+', b[y++]);
            }
            else
            {
                Emit('-', a[x++]);
            }
        }

        if (lines > MaxDiffLines)
        {
            output.Append("… and ").Append(lines - MaxDiffLines).Append(" more changed lines\n");
        }

        return output.ToString();
    }
}
