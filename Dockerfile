# The portal as a container: the site built on Node, served by Debian's nginx with the
# configuration the build generates (dist-nginx/), Brotli included. docs/serving.md explains.
#
#   docker build -t yubei-plan .
#   docker build -t yubei-plan --build-arg SITE_URL=https://example.org --build-arg BASE_PATH=/yubei-plan/ .
#   docker run --rm -p 8080:80 yubei-plan        → http://127.0.0.1:8080/ (or …/yubei-plan/)

FROM node:24-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json ./
# npm install, not npm ci: Vite lists a Windows-only optional dependency that npm ci refuses (README).
RUN npm install --no-audit --no-fund
COPY . .
ARG SITE_URL=http://127.0.0.1:8080
ARG BASE_PATH=/
ARG HSTS_MAX_AGE=
ENV ASTRO_TELEMETRY_DISABLED=1 SITE_URL=${SITE_URL} BASE_PATH=${BASE_PATH} HSTS_MAX_AGE=${HSTS_MAX_AGE}
RUN npm run build:prod

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static \
 && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default \
 && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log
ARG BASE_PATH=/
# The paths server.conf names: the site under its base in /var/www/portal, the configuration in /etc/nginx/yubei-plan.
COPY --from=build /src/dist /var/www/portal${BASE_PATH}
COPY --from=build /src/dist-nginx/ /etc/nginx/yubei-plan/
RUN cp /etc/nginx/yubei-plan/server.conf /etc/nginx/conf.d/yubei-plan.conf && nginx -t
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
