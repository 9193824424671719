using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Tests.Therapies;

/// <summary>Test-only context: checks that the plain TherapyDefinition record works with source generation.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(List<TherapyDefinition>))]
internal sealed partial class TherapyJsonContext : JsonSerializerContext;

public class TherapyJsonTests
{
    [Fact]
    public void BuiltInCatalogRoundTripsThroughSourceGeneratedJson()
    {
        var all = TherapyCatalog.BuiltIn.All.ToList();
        var json = JsonSerializer.Serialize(all, TherapyJsonContext.Default.ListTherapyDefinition);
        var back = JsonSerializer.Deserialize(json, TherapyJsonContext.Default.ListTherapyDefinition)!;
        Assert.Equal(all, back);
        Assert.Contains("\"atc\":{\"system\":\"http://www.whocc.no/atc\",\"code\":\"L04AG04\",\"display\":\"belimumab\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredMemberIsAJsonError()
    {
        var exception = Assert.ThrowsAny<JsonException>(() =>
            JsonSerializer.Deserialize("[{\"id\":\"x\",\"name\":\"X\",\"class\":\"y\"}]", TherapyJsonContext.Default.ListTherapyDefinition));
        Assert.Contains("molecularTarget", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidAtcCodeInsideADefinitionIsAJsonError()
    {
        var json = "[{\"id\":\"x\",\"name\":\"X\",\"class\":\"y\",\"molecularTarget\":\"t\",\"atc\":{\"system\":\"http://www.whocc.no/atc\",\"code\":\"L04AG4\"}}]";
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, TherapyJsonContext.Default.ListTherapyDefinition));
        Assert.Equal("$[0].atc", exception.Path);
    }
}
