using System.Diagnostics.CodeAnalysis;

namespace AutoimmuneResistance;

/// <summary>
/// Names the type that supplies a type's notebook formatters. .NET Interactive finds this attribute by its name alone,
/// whatever its namespace or accessibility, creates the source with its public parameterless constructor and calls its
/// public <c>CreateTypeFormatters()</c>; each object returned is read through its public <c>Type</c>, <c>MimeType</c>
/// and <c>bool Format(object, TextWriter)</c> members. The library therefore needs no reference to .NET Interactive,
/// and nothing here runs outside a notebook (docs/notebooks.md).
/// </summary>
/// <param name="formatterSourceType">The formatter source; its constructor and methods are kept by the trimmer.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
    Type formatterSourceType) : Attribute
{
    /// <summary>Gets the formatter source type (the name .NET Interactive reads).</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
    public Type FormatterSourceType { get; } = formatterSourceType;
}
