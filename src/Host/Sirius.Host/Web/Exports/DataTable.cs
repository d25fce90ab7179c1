namespace Sirius.Host.Web.Exports;

/// <summary>A table to export: a sheet of an XLSX workbook, or a block of a CSV file. Cells are strings or numbers.</summary>
public sealed record DataTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
