using System.Text.Json;
using AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.Classification2019;

public sealed class Classification2019WorkedExampleTests
{
    private const string Folder = "classification-2019";

    public static TheoryData<string> Files => DamageWorkedExamples.Files(Folder);

    [Theory]
    [MemberData(nameof(Files))]
    public void Worked_example_matches_the_hand_derivation(string file)
    {
        using var document = DamageWorkedExamples.Load(Folder, file);
        var root = document.RootElement;
        var expected = root.GetProperty("expected");

        var (result, codes) = DamageWorkedExamples.Compute(LupusIds.Classification2019, root.GetProperty("input"));
        using var disposeResult = result;
        var actual = result.RootElement;

        Assert.Equal(expected.GetProperty("classified").GetBoolean(), actual.GetProperty("classified").GetBoolean());
        Assert.Equal(expected.GetProperty("decidingRule").GetString(), actual.GetProperty("decidingRule").GetString());
        Assert.Equal(expected.GetProperty("entryCriterionMet").GetBoolean(), actual.GetProperty("entryCriterionMet").GetBoolean());
        Assert.Equal(expected.GetProperty("clinicalCriterionCounted").GetBoolean(), actual.GetProperty("clinicalCriterionCounted").GetBoolean());
        var total = expected.GetProperty("totalPoints");
        if (total.ValueKind == JsonValueKind.Null)
        {
            Assert.False(actual.TryGetProperty("totalPoints", out _), $"{file}: no total is computed when the entry criterion is not met");
        }
        else
        {
            Assert.Equal(total.GetInt32(), actual.GetProperty("totalPoints").GetInt32());
        }

        var expectedDomains = expected.GetProperty("domains").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        var actualDomains = actual.GetProperty("domains").EnumerateArray().ToList();
        Assert.Equal(expectedDomains.Keys.Order(StringComparer.Ordinal), actualDomains.Select(d => d.GetProperty("domain").GetString()!).Order(StringComparer.Ordinal));
        foreach (var domain in actualDomains)
        {
            var want = expectedDomains[domain.GetProperty("domain").GetString()!];
            Assert.Equal(want.GetProperty("counted").GetString(), domain.GetProperty("counted").GetString());
            Assert.Equal(want.GetProperty("weight").GetInt32(), domain.GetProperty("weight").GetInt32());
            var notCounted = want.TryGetProperty("notCounted", out var n) ? n.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
            Assert.Equal(notCounted, domain.GetProperty("notCounted").EnumerateArray().Select(x => x.GetString()!).ToArray());
        }

        if (actual.TryGetProperty("totalPoints", out var points))
        {
            Assert.Equal(points.GetInt32(), actualDomains.Sum(d => d.GetProperty("weight").GetInt32()));
        }

        Assert.Equal(DamageWorkedExamples.ExpectedCodes(expected), codes);
    }

    [Fact]
    public void The_worked_examples_are_found()
    {
        Assert.True(Files.Count >= 12);
    }
}
