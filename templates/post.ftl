<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=article.title description=article.summary type="article">
<article class="article">
  <header>
    <#if article.publication?has_content><p class="badge badge-big">${article.publication}: readers cannot see this article yet</p></#if>
    <h1>${article.title}</h1>
    <p class="meta">
      <time datetime="${article.date_iso}">${article.date_display}</time><#if article.updated_display??> · Updated <time datetime="${article.updated_iso}">${article.updated_display}</time></#if><#if article.author?has_content> · ${article.author}</#if> · ${article.reading_minutes} min read
    </p>
    <#if article.reviewed_by??>
    <p class="reviewed">Medically reviewed by ${article.reviewed_by}<#if article.reviewed_on_display??> on <time datetime="${article.reviewed_on_iso}">${article.reviewed_on_display}</time></#if></p>
    </#if>
    <#if article.tags?has_content>
    <ul class="tags" aria-label="Topics">
      <#list article.tags as tag><li><a href="${tag.url}">${tag.label}</a></li></#list>
    </ul>
    </#if>
  </header>
  <#if article.sections??>
  <nav class="contents" aria-label="On this page">
    <details>
      <summary>On this page</summary>
      <ol>
        <#list article.sections as s><li><a href="#${s.id}">${s.title}</a></li></#list>
      </ol>
    </details>
  </nav>
  </#if>
  <div class="body">
${content.body?no_esc}
  </div>
</article>
<@layout.callToAction/>
<#if related?has_content>
<section class="related" aria-labelledby="related-heading">
  <h2 id="related-heading">You might also enjoy</h2>
  <#list related as r>
  <@layout.teaser a=r headingLevel=3/>
  </#list>
</section>
</#if>
</@layout.page>
