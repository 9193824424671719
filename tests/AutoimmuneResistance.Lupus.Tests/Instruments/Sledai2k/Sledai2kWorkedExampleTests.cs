using System.Text.Json;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

public sealed class Sledai2kWorkedExampleTests
{
    private const string Folder = "sledai-2k";

    public static TheoryData<string> Cases => WorkedExamples.Files(Folder);

    [Fact]
    public void There_are_worked_examples()
    {
        Assert.True(Cases.Count >= 15);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Worked_example(string file)
    {
        using var document = WorkedExamples.Load(Folder, file);
        var root = document.RootElement;
        var computation = WorkedExamples.Compute(LupusIds.Sledai2k, root.GetProperty("input"));

        using var result = WorkedExamples.Check(root, computation);
        if (result is null)
        {
            return;
        }

        // Item level: the listed descriptors have the expected state and points; every other one is absent with 0.
        var expectedItems = root.TryGetProperty("expectedItems", out var items)
            ? items.EnumerateObject().ToDictionary(p => p.Name, p => p.Value)
            : [];
        var actualItems = result.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(24, actualItems.Count);
        foreach (var item in actualItems)
        {
            var name = item.GetProperty("descriptor").GetString()!;
            var expected = expectedItems.Remove(name, out var value)
                ? value
                : JsonDocument.Parse("""{"state":"absent","points":0}""").RootElement;
            WorkedExamples.AssertContains(expected, item, $"$.items[{name}]");
        }

        Assert.Empty(expectedItems.Keys);
        Assert.Equal(result.RootElement.GetProperty("total").GetInt32(), actualItems.Sum(i => i.GetProperty("points").GetInt32()));

        // The same input built in code and scored directly gives the same result document.
        var visit = WorkedExamples.Read<Sledai2kVisit>(root.GetProperty("input").GetRawText());
        Assert.Equal(computation.ResultText(), WorkedExamples.Write(new Sledai2kInstrument().Compute(visit)));
    }
}
