using System.Text;
using Sirius.BuildingBlocks;

namespace Sirius.Host.Web;

/// <summary>
/// Every HTML page leaves with French typography in its text (<see cref="FrenchTypography.ApplyToHtml"/>): pages,
/// questionnaires and reference data are written with ordinary spaces, and a sign such as « ? » would otherwise start
/// a line on its own on a narrow screen. Only text/html responses are rewritten (never JSON, CSV or spreadsheets, which
/// pass through unbuffered); the widget, served framed and from the output cache on every hit, is left as it is.
/// </summary>
public static class FrenchTypographyMiddleware
{
    private static readonly string[] Untouched = ["/widget", "/api"];

    public static IApplicationBuilder UseFrenchTypography(this IApplicationBuilder app) =>
        app.UseWhen(
            context => !HttpMethods.IsHead(context.Request.Method) && !Untouched.Any(p => context.Request.Path.StartsWithSegments(p)),
            pages => pages.Use(async (context, next) =>
            {
                var original = context.Response.Body;
                await using var typography = new HtmlOnlyBuffer(context.Response, original);
                context.Response.Body = typography;
                try
                {
                    await next();
                }
                finally
                {
                    context.Response.Body = original;
                }

                if (typography.Buffered is { } html)
                {
                    var bytes = Encoding.UTF8.GetBytes(FrenchTypography.ApplyToHtml(Encoding.UTF8.GetString(html.GetBuffer(), 0, (int)html.Length)));
                    if (!context.Response.HasStarted)
                    {
                        context.Response.ContentLength = bytes.Length;
                    }

                    await original.WriteAsync(bytes, context.RequestAborted);
                }
            }));

    /// <summary>Buffers the body when the response is uncompressed HTML (decided at its first write); passes anything else through.</summary>
    private sealed class HtmlOnlyBuffer(HttpResponse response, Stream original) : Stream
    {
        private bool _decided;
        private Stream? _target;

        public MemoryStream? Buffered { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Target().Write(buffer, offset, count);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Target().WriteAsync(buffer, offset, count, cancellationToken);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            Target().WriteAsync(buffer, cancellationToken);

        public override void Flush()
        {
            if (Buffered is null)
            {
                original.Flush();
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Buffered is null ? original.FlushAsync(cancellationToken) : Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Buffered?.Dispose();
            }

            base.Dispose(disposing);
        }

        private Stream Target()
        {
            if (!_decided)
            {
                _decided = true;
                if (!response.HasStarted
                    && response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                    && response.Headers.ContentEncoding.Count == 0)
                {
                    _target = Buffered = new MemoryStream();
                }
            }

            return _target ?? original;
        }
    }
}
