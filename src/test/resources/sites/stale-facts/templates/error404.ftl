<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title="Page not found" description="This page does not exist.">
<h1>We could not find that page</h1>
<p>The article may have moved. Try the <a href="/archive.html">list of all articles</a> or the <a href="/tags/">topics</a>.</p>
<p>To talk to someone, call <a href="${clinic.phone_href}">${clinic.phone}</a> (formerly 202-555-0100).</p>
<#if articles?has_content>
<h2>Recent articles</h2>
<#list articles[0..*3] as a>
<@layout.teaser a=a headingLevel=3/>
</#list>
</#if>
</@layout.page>
