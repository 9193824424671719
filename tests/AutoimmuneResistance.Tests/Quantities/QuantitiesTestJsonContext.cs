using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Tests.Quantities;

/// <summary>A record holding quantities, to check JSON paths and nullable handling.</summary>
internal sealed record QuantityHolder(Dose Dose, Concentration? Creatinine);

/// <summary>Source-generated metadata for the quantity tests; the test project runs with reflection-based JSON switched off.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(Dose))]
[JsonSerializable(typeof(Concentration))]
[JsonSerializable(typeof(Proteinuria))]
[JsonSerializable(typeof(Percentage))]
[JsonSerializable(typeof(PercentPredicted))]
[JsonSerializable(typeof(CellCount))]
[JsonSerializable(typeof(Temperature))]
[JsonSerializable(typeof(BodyWeight))]
[JsonSerializable(typeof(QuantityUnit))]
[JsonSerializable(typeof(Dictionary<QuantityUnit, int>))]
[JsonSerializable(typeof(QuantityHolder))]
internal sealed partial class QuantitiesTestJsonContext : JsonSerializerContext;
