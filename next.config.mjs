/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // mdx-bundler drives esbuild's native binary at build time; keep both out of the server bundle.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  poweredByHeader: false,
};

export default nextConfig;
