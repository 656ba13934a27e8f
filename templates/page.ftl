<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=article.title description=article.summary>
<article class="article">
  <h1>${article.title}</h1>
  <div class="body">
${content.body?no_esc}
  </div>
  <#if article.url == "/search/">
  <section class="search" aria-labelledby="search-heading">
    <h2 id="search-heading" class="visually-hidden">Search</h2>
    <form id="search-form" role="search" hidden>
      <label for="search-input">Search articles</label>
      <input id="search-input" name="q" type="search" autocomplete="off">
      <button type="submit">Search</button>
    </form>
    <p id="search-status" role="status"></p>
    <ul id="search-results" class="search-results"></ul>
    <p>You can also browse <a href="/archive.html">all articles</a> or <a href="/tags/">articles by topic</a>.</p>
  </section>
  <script src="/js/search.js" defer></script>
  </#if>
  <#if article.url == "/locations/">
  <section class="office-list" aria-labelledby="offices-heading">
    <h2 id="offices-heading">Where to find us</h2>
    <#list clinic.offices as office>
    <div class="office">
      <h3>${office.name}</h3>
      <p>${office.address}</p>
      <p>Phone: <a href="${office.phone_href}">${office.phone}</a></p>
      <#if office.hours??><p>${office.hours}</p></#if>
      <#if office.map_url??><p><a href="${office.map_url}">Map and directions to the ${office.name} office</a></p></#if>
    </div>
    </#list>
  </section>
  </#if>
</article>
<@layout.callToAction/>
</@layout.page>
