using System.Text.Json;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;

public sealed class DamageIndexWorkedExampleTests
{
    private const string Folder = "damage-index";

    public static TheoryData<string> Files => DamageWorkedExamples.Files(Folder);

    [Theory]
    [MemberData(nameof(Files))]
    public void Worked_example_matches_the_hand_derivation(string file)
    {
        using var document = DamageWorkedExamples.Load(Folder, file);
        var root = document.RootElement;
        var expected = root.GetProperty("expected");

        var (result, codes) = DamageWorkedExamples.Compute(LupusIds.DamageIndex, root.GetProperty("input"));
        using var disposeResult = result;
        var actual = result.RootElement;

        Assert.Equal(expected.GetProperty("total").GetInt32(), actual.GetProperty("total").GetInt32());
        var systems = expected.TryGetProperty("organSystems", out var s) ? s : default;
        foreach (var system in actual.GetProperty("organSystems").EnumerateArray())
        {
            var name = system.GetProperty("organSystem").GetString()!;
            var points = systems.ValueKind == JsonValueKind.Object && systems.TryGetProperty(name, out var p) ? p.GetInt32() : 0;
            Assert.True(points == system.GetProperty("points").GetInt32(), $"{file}: organ system {name}: expected {points}, got {system.GetProperty("points").GetInt32()}");
        }

        if (expected.TryGetProperty("items", out var items))
        {
            var actualItems = actual.GetProperty("items").EnumerateArray().ToList();
            var expectedItems = items.EnumerateArray().ToList();
            Assert.Equal(expectedItems.Count, actualItems.Count);
            for (var i = 0; i < expectedItems.Count; i++)
            {
                foreach (var property in expectedItems[i].EnumerateObject())
                {
                    Assert.True(
                        JsonElement.DeepEquals(property.Value, actualItems[i].GetProperty(property.Name)),
                        $"{file}: items[{i}].{property.Name}: expected {property.Value}, got {actualItems[i].GetProperty(property.Name)}");
                }
            }
        }

        if (expected.TryGetProperty("definitions", out var definitions))
        {
            Assert.True(JsonElement.DeepEquals(definitions, actual.GetProperty("definitions")), $"{file}: definitions: got {actual.GetProperty("definitions")}");
        }

        Assert.Equal(DamageWorkedExamples.ExpectedCodes(expected), codes);
    }

    [Fact]
    public void The_worked_examples_are_found()
    {
        Assert.True(Files.Count >= 15);
    }
}
