<#ftl output_format="HTML" strip_whitespace=true>
<#-- The frame of every HTML page. Contact facts come only from data/clinic.yml (the "clinic" variable). -->
<#macro page title description="" type="website">
<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}<#if title != site.title> | ${site.title}</#if></title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<link rel="canonical" href="${canonical}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${site.title}" href="/feed.xml">
<link rel="stylesheet" href="/css/site.css">
<meta property="og:type" content="${type}">
<meta property="og:title" content="${title}">
<#if description?has_content><meta property="og:description" content="${description}"></#if>
<meta property="og:url" content="${canonical}">
<meta property="og:site_name" content="${site.title}">
<#if type == "article" && article??>
<meta property="article:published_time" content="${article.date_iso}">
<meta property="article:modified_time" content="${article.modified_iso}">
</#if>
<#if article?? && article.image??>
<meta property="og:image" content="${site.host}${article.image}">
<meta property="og:image:alt" content="${article.image_alt}">
<meta name="twitter:card" content="summary_large_image">
<#else>
<meta name="twitter:card" content="summary">
</#if>
<#if site.preview><meta name="robots" content="noindex"></#if>
<script type="application/ld+json">${organization_jsonld?no_esc}</script>
<#if article_jsonld??><#list article_jsonld as block><script type="application/ld+json">${block?no_esc}</script>
</#list></#if>
</head>
<body>
<a class="skip" href="#main">Skip to the article</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/">${site.title}<span class="brand-sub">${clinic.name}</span></a>
    <a class="call" href="${clinic.phone_href}">Call ${clinic.phone}</a>
  </div>
  <nav class="wrap nav" aria-label="Site">
    <a href="/">Latest</a>
    <a href="/tags/">Topics</a>
    <a href="/archive.html">All articles</a>
    <a href="/about/">About us</a>
    <a href="/locations/">Offices</a>
    <a href="/search/">Search</a>
  </nav>
</header>
<main id="main" class="wrap">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p class="footer-name">${clinic.name}</p>
    <p>Call <a href="${clinic.phone_href}">${clinic.phone}</a> to book a visit.</p>
    <p><a href="${clinic.card_url}">Save our number</a> to your phone's contacts.</p>
    <ul class="offices">
    <#list clinic.offices as office>
      <li><strong>${office.name}</strong>: ${office.address}<#if office.phone != clinic.phone>, <a href="${office.phone_href}">${office.phone}</a></#if><#if office.hours??>. ${office.hours}</#if></li>
    </#list>
    </ul>
    <p class="disclaimer">Articles on this blog are general information, not medical advice for your situation. In an emergency, call 911.</p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- A call to action, on articles and pages, from data/clinic.yml. -->
<#macro callToAction>
<aside class="cta" aria-label="Book a visit">
  <h2>Talk to a spine and pain specialist</h2>
  <p>Call <a href="${clinic.phone_href}">${clinic.phone}</a> to book a visit at our <#list clinic.offices as office>${office.name}<#sep><#if office?counter == clinic.offices?size - 1> or <#else>, </#if></#sep></#list> office.</p>
</aside>
</#macro>

<#-- One entry in a list of articles. -->
<#macro teaser a headingLevel=2>
<article class="teaser">
  <h${headingLevel}><a href="${a.url}">${a.title}</a><#if a.publication?has_content> <span class="badge">${a.publication}</span></#if></h${headingLevel}>
  <p class="meta"><time datetime="${a.date_iso}">${a.date_display}</time></p>
  <#if a.summary?has_content><p>${a.summary}</p></#if>
</article>
</#macro>
